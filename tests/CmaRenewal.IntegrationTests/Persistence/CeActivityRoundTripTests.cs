using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Persistence;

public abstract class CeActivityRoundTripTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private TestDatabase database = null!;
    private long personId;
    private long credentialId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
        var clinic = await database.SaveAsync(A.Clinic(), Ct);
        personId = (await database.SaveAsync(A.Person(clinic.Id), Ct)).Id;
        credentialId = (await database.SaveAsync(A.Credential(personId), Ct)).Id;
    }

    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task Activity_WithCertificateSplitAndLink_RoundTrips()
    {
        var activity = A.Activity(personId, A.ActivityDetails(amountHundredths: 300, unit: Units.ContactHour));
        activity.SplitAcross([new SplitShare("administrative", 100), new SplitShare("clinical", 200)]);
        activity.AttachCertificate(new CertificateFile("cert.pdf", "application/pdf", 48_213, Sha.ToUpperInvariant(), "ce/2025/abc.pdf"));
        activity.Verify("Matches the certificate");
        activity.CountToward(credentialId);
        await database.SaveAsync(activity, Ct);

        await using var db = database.CreateContext();
        var loaded = await Load(db, activity.Id);
        Assert.Equal(new CertificateFile("cert.pdf", "application/pdf", 48_213, Sha, "ce/2025/abc.pdf"), loaded.Certificate);
        Assert.Equal((VerificationStatus.Verified, "Matches the certificate"), (loaded.Verification, loaded.VerificationComment));
        Assert.Equal((ActivityKinds.Course, "AAMA-55821", activity.CreatedAtUtc, DateTimeKind.Utc),
            (loaded.Kind, loaded.ApprovalNumber, loaded.CreatedAtUtc, loaded.CreatedAtUtc.Kind));
        var facts = loaded.ToFacts(credentialId);
        Assert.Equal([new CategoryShare("administrative", 1.00m), new CategoryShare("clinical", 2.00m)],
            facts.Shares.OrderBy(s => s.Category));
        Assert.Equal((Units.ContactHour, 3.00m, true, false),
            (facts.Unit, facts.Amount, facts.ApprovedProvider, facts.ClaimedByEarlierRenewal));
    }

    [Fact]
    public async Task Activity_WithoutCertificate_LoadsNullCertificate()
    {
        var activity = await database.SaveAsync(A.Activity(personId), Ct);

        await using var db = database.CreateContext();
        var loaded = await Load(db, activity.Id);
        Assert.Null(loaded.Certificate);
        Assert.Equal([new CategoryShare("clinical", 2.50m)], loaded.ToFacts(credentialId).Shares);
    }

    [Fact]
    public async Task Resplit_IntoTheSameCategories_ReplacesTheShares()
    {
        var activity = A.Activity(personId, A.ActivityDetails(amountHundredths: 400));
        activity.SplitAcross([new SplitShare("administrative", 100), new SplitShare("clinical", 300)]);
        await database.SaveAsync(activity, Ct);

        await using (var db = database.CreateContext())
        {
            var tracked = await Load(db, activity.Id);
            tracked.SplitAcross([new SplitShare("clinical", 200), new SplitShare("administrative", 200)]);
            await db.SaveChangesAsync(Ct);
        }

        await using var check = database.CreateContext();
        var splits = await check.CeActivitySplits.Where(s => s.ActivityId == activity.Id)
            .OrderBy(s => s.Category).Select(s => new { s.Category, s.AmountHundredths }).ToListAsync(Ct);
        Assert.Equal(
            [new { Category = "administrative", AmountHundredths = 200L }, new { Category = "clinical", AmountHundredths = 200L }],
            splits);
    }

    [Fact]
    public async Task MarkClaimed_StoresTheRenewalThatUsedIt()
    {
        var renewalId = await RecordRenewalAsync();
        var activity = A.Activity(personId);
        activity.CountToward(credentialId);
        await database.SaveAsync(activity, Ct);

        await using (var db = database.CreateContext())
        {
            var tracked = await Load(db, activity.Id);
            tracked.MarkClaimed(credentialId, renewalId);
            await db.SaveChangesAsync(Ct);
        }

        await using var check = database.CreateContext();
        var link = await check.CeActivityCredentials.SingleAsync(l => l.ActivityId == activity.Id, Ct);
        Assert.Equal(renewalId, link.ClaimedByRenewalId);
        Assert.True((await Load(check, activity.Id)).ToFacts(credentialId).ClaimedByEarlierRenewal);
    }

    private async Task<long> RecordRenewalAsync()
    {
        await using var db = database.CreateContext();
        var credential = await db.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == credentialId, Ct);
        var renewal = credential.RecordRenewal(new DateOnly(2029, 5, 1));
        await db.SaveChangesAsync(Ct);
        return renewal.Id;
    }

    private static Task<CeActivity> Load(CmaRenewalDbContext db, long id) =>
        db.CeActivities.Include(a => a.Splits).Include(a => a.CountsToward).SingleAsync(a => a.Id == id, Ct);
}

public sealed class CeActivityRoundTripTestsOnSqlite() : CeActivityRoundTripTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class CeActivityRoundTripTestsOnSqlServer() : CeActivityRoundTripTests(DatabaseProvider.SqlServer);
