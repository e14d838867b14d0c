using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Reminders;

/// <summary>
/// A requirement an assistant leaves unmet: they hear once (not every day), and their manager's weekly digest lists the
/// Missing row until it is met.
/// </summary>
public abstract class MissingReminderTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheHolder_IsToldOnce_AndTheManagersDigestListsTheMissingRow()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var hire = await world.PersonAsync("hire@example.org");
        var manager = await world.ManagerAsync("boss@example.org", hire.ClinicId);
        await world.Database.SaveAsync(new CredentialRequirement(null, PersonRole.Assistant, RequirementText.Parse("CMA-AAMA|RMA-AMT")), Ct);

        // Monday to Thursday: the holder's notice on the first day only, the digest on Monday (its day).
        await world.RunDailyAsync("2027-03-15", "2027-03-18");

        Assert.Equal(["2027-03-15: MissingCredential/0"], await world.EmailsAsync(hire));
        Assert.Equal(["2027-03-15: StaffDigest/0"], await world.EmailsAsync(manager));
        await using var db = world.Database.CreateContext();
        var digest = ReminderPayloads.StaffDigest(await db.Reminders.SingleAsync(r => r.Kind == ReminderKind.StaffDigest, Ct));
        var row = Assert.Single(digest.Rows);
        Assert.Equal((hire.Id, "CMA-AAMA|RMA-AMT", CredentialStatus.Missing, (DateOnly?)null), (row.PersonId, row.PackCode, row.Status, row.Expires));
        var notice = ReminderPayloads.Missing(await db.Reminders.SingleAsync(r => r.Kind == ReminderKind.MissingCredential, Ct));
        Assert.Equal("CMA (AAMA) or RMA (AMT)", string.Join(" or ", notice.Names));
    }

    [Fact]
    public async Task OnceTheCredentialIsOnFile_NoNoticeIsPlanned()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var hire = await world.PersonAsync("hire@example.org");
        await world.Database.SaveAsync(new CredentialRequirement(null, PersonRole.Assistant, RequirementText.Parse("BLS-AHA")), Ct);
        world.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 16, 20, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, (await world.Planner().PlanAsync(null, dryRun: true, Ct)).RemindersPlanned);

        await world.CredentialAsync(hire, "BLS-AHA", "2026-05-01");

        Assert.Equal(0, (await world.Planner().PlanAsync(null, dryRun: false, Ct)).RemindersPlanned);
        Assert.Empty(await world.EmailsAsync(hire));
    }
}

public sealed class MissingReminderTestsOnSqlite() : MissingReminderTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class MissingReminderTestsOnSqlServer() : MissingReminderTests(DatabaseProvider.SqlServer);
