using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Persistence;

public abstract class CredentialRoundTripTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private long personId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
        var clinic = await database.SaveAsync(A.Clinic(), Ct);
        personId = (await database.SaveAsync(A.Person(clinic.Id), Ct)).Id;
    }

    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task Credential_WithRenewalsAndOverride_RoundTripsToTheSameFacts()
    {
        var credential = A.Credential(personId, "CCMA-NHA", new DateOnly(2022, 4, 1), number: "NHA-7781");
        credential.RecordRenewal(new DateOnly(2024, 3, 20));
        credential.OverrideExpiry(new DateOnly(2026, 4, 30), "Date printed on the renewed card");
        await database.SaveAsync(credential, Ct);

        await using var db = database.CreateContext();
        var loaded = await db.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == credential.Id, Ct);
        Assert.Equal("NHA-7781", loaded.Number);
        Assert.Equal("Date printed on the renewed card", loaded.OverrideReason);
        Assert.Equal(credential.Version, loaded.Version);
        var facts = loaded.ToFacts(clinicLeadTimeDays: null);
        Assert.Equal((credential.Id, "CCMA-NHA", new DateOnly(2022, 4, 1), (DateOnly?)new DateOnly(2026, 4, 30)),
            (facts.Id, facts.PackCode, facts.CertifiedOn, facts.ExpiresOnOverride));
        Assert.Equal([new RenewalFacts(new DateOnly(2024, 3, 20))], facts.Renewals);
    }

    [Fact]
    public async Task Renewal_RecordedLater_IsAddedToTheHistory()
    {
        var credential = await database.SaveAsync(A.Credential(personId), Ct);

        await using (var db = database.CreateContext())
        {
            var tracked = await db.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == credential.Id, Ct);
            tracked.RecordRenewal(new DateOnly(2029, 5, 1));
            await db.SaveChangesAsync(Ct);
        }

        await using var check = database.CreateContext();
        Assert.Equal([new DateOnly(2029, 5, 1)],
            await check.Renewals.Where(r => r.CredentialId == credential.Id).Select(r => r.RenewedOn).ToListAsync(Ct));
    }

    [Fact]
    public async Task FeePayment_RoundTripsInCents()
    {
        var credential = await database.SaveAsync(A.Credential(personId, "CPT-NHA", number: null), Ct);
        var payment = await database.SaveAsync(
            new FeePayment(credential.Id, new DateOnly(2025, 3, 1), new DateOnly(2026, 3, 31), 16_900, "usd"), Ct);

        await using var db = database.CreateContext();
        var loaded = await db.FeePayments.SingleAsync(f => f.Id == payment.Id, Ct);
        Assert.Equal("USD", loaded.Currency);
        Assert.Equal(new FeePaymentFacts(new DateOnly(2025, 3, 1), new DateOnly(2026, 3, 31), 169.00m), loaded.ToFacts());
    }
}

public sealed class CredentialRoundTripTestsOnSqlite() : CredentialRoundTripTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class CredentialRoundTripTestsOnSqlServer() : CredentialRoundTripTests(DatabaseProvider.SqlServer);
