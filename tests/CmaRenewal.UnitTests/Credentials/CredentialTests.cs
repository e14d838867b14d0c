using CmaRenewal.Core.Credentials;
using CmaRenewal.TestKit.Builders;

namespace CmaRenewal.UnitTests.Credentials;

public sealed class CredentialTests
{
    [Fact]
    public void RecordRenewal_BeforeCertification_IsRefused()
    {
        var credential = A.Credential(1, certifiedOn: new DateOnly(2024, 5, 10));

        Assert.Throws<ArgumentOutOfRangeException>(() => credential.RecordRenewal(new DateOnly(2024, 5, 9)));
    }

    [Fact]
    public void RecordRenewal_OnARecordedDate_IsRefused()
    {
        var credential = A.Credential(1);
        credential.RecordRenewal(new DateOnly(2029, 5, 1));

        Assert.Throws<InvalidOperationException>(() => credential.RecordRenewal(new DateOnly(2029, 5, 1)));
    }

    [Fact]
    public void EveryChange_TakesANewVersion()
    {
        var credential = A.Credential(1);
        var versions = new List<Guid> { credential.Version };

        credential.RecordRenewal(new DateOnly(2029, 5, 1));
        versions.Add(credential.Version);
        credential.OverrideExpiry(new DateOnly(2034, 5, 31), "Card");
        versions.Add(credential.Version);
        credential.ClearExpiryOverride();
        versions.Add(credential.Version);

        Assert.Equal(4, versions.Distinct().Count());
    }

    [Fact]
    public void OverrideExpiry_WithoutAReason_IsRefused() =>
        Assert.Throws<ArgumentException>(() => A.Credential(1).OverrideExpiry(new DateOnly(2030, 1, 1), "  "));

    [Fact]
    public void ToFacts_ListsRenewalsInDateOrder()
    {
        var credential = A.Credential(1, certifiedOn: new DateOnly(2020, 1, 1));
        credential.RecordRenewal(new DateOnly(2025, 1, 1));
        credential.RecordRenewal(new DateOnly(2022, 1, 1));

        Assert.Equal([new RenewalFacts(new DateOnly(2022, 1, 1)), new RenewalFacts(new DateOnly(2025, 1, 1))],
            credential.ToFacts(clinicLeadTimeDays: null).Renewals);
    }
}
