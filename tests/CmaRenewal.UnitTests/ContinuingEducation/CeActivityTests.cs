using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.TestKit.Builders;

namespace CmaRenewal.UnitTests.ContinuingEducation;

public sealed class CeActivityTests
{
    [Fact]
    public void Create_WithAnUnknownUnit_IsRefused() =>
        Assert.Throws<ArgumentException>(() => A.Activity(1, A.ActivityDetails(unit: "furlong")));

    [Fact]
    public void Create_StoresTheUnitInItsCanonicalSpelling() =>
        Assert.Equal("aama-ceu", A.Activity(1, A.ActivityDetails(unit: " AAMA-CEU ")).Unit);

    [Fact]
    public void Create_WithALocalTime_IsRefused() =>
        Assert.Throws<ArgumentException>(() => A.Activity(1, createdAtUtc: new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Local)));

    [Theory]
    [InlineData(100, 100)]
    [InlineData(250, 50)]
    public void SplitAcross_SharesNotAddingUp_IsRefused(long first, long second)
    {
        var activity = A.Activity(1, A.ActivityDetails(amountHundredths: 250));

        Assert.Throws<ArgumentException>(() => activity.SplitAcross([new("clinical", first), new("general", second)]));
    }

    [Fact]
    public void SplitAcross_ClearsTheSingleCategory()
    {
        var activity = A.Activity(1, A.ActivityDetails(amountHundredths: 250, category: "clinical"));

        activity.SplitAcross([new("clinical", 150), new("administrative", 100)]);

        Assert.Null(activity.Category);
        Assert.Equal(2, activity.Splits.Count);
    }

    [Fact]
    public void Revise_NeedsVerifyingAgain()
    {
        var activity = A.Activity(1);
        activity.Verify("ok");

        activity.Revise(A.ActivityDetails(title: "Corrected title"));

        Assert.Equal((VerificationStatus.Unverified, null), (activity.Verification, activity.VerificationComment));
    }

    [Fact]
    public void StopCountingToward_AfterARenewalUsedIt_IsRefused()
    {
        var activity = A.Activity(1);
        activity.CountToward(7);
        activity.MarkClaimed(7, renewalId: 3);

        Assert.Throws<InvalidOperationException>(() => activity.StopCountingToward(7));
    }

    [Fact]
    public void CertificateFile_StoresTheDigestLowerCase() =>
        Assert.Equal(new string('a', 64), new CertificateFile("c.pdf", "application/pdf", 1, new string('A', 64), "k").Sha256);

    [Fact]
    public void CertificateFile_WithABadDigest_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new CertificateFile("c.pdf", "application/pdf", 1, "abc", "k"));

    [Fact]
    public void Revise_MovesTheDateOnEveryCredentialLink()
    {
        var activity = A.Activity(1, A.ActivityDetails(completedOn: new DateOnly(2025, 3, 1)));
        activity.CountToward(7);
        activity.CountToward(8);

        activity.Revise(A.ActivityDetails(completedOn: new DateOnly(2025, 4, 15)));

        Assert.All(activity.CountsToward, link => Assert.Equal(new DateOnly(2025, 4, 15), link.CompletedOn));
    }
}
