using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.IntegrationTests.Reminders;

public abstract class WhoGetsWhatTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Ben's CMA (AAMA) expires 2027-04-30 and is short of CE after its CE date, 2027-03-31: Overdue on 2027-04-01,
    /// InGrace from 2027-05-01. His manager hears once per status, plus a Monday digest each week (the first email,
    /// skipped here, is the catch-up for the week the planner started in).
    /// </summary>
    [Fact]
    public async Task Manager_GetsOneEscalationPerStatus_AndAMondayDigest()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var ben = await world.PersonAsync("ben@example.org");
        await world.CredentialAsync(ben, "CMA-AAMA", "2022-04-10");
        var rachel = await world.ManagerAsync("rachel@example.org", ben.ClinicId);

        await world.RunDailyAsync("2027-03-25", "2027-05-12");

        Assert.Equal(
        [
            "2027-03-29: StaffDigest/0",
            "2027-04-01: Escalation/0",
            "2027-04-05: StaffDigest/0",
            "2027-04-12: StaffDigest/0",
            "2027-04-19: StaffDigest/0",
            "2027-04-26: StaffDigest/0",
            "2027-05-01: Escalation/0",
            "2027-05-03: StaffDigest/0",
            "2027-05-10: StaffDigest/0",
        ], (await world.EmailsAsync(rachel)).Skip(1));
    }

    [Fact]
    public async Task DeactivatedPeople_OptedOutKinds_AndSnoozes_AreRespected()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var gone = await world.PersonAsync("gone@example.org");
        await world.CredentialAsync(gone, "CCMA-NHA", "2025-03-14");
        await world.ChangePersonAsync(gone, p => p.Deactivate());
        var noFees = await world.PersonAsync("nofees@example.org");
        await world.CredentialAsync(noFees, "CCMA-NHA", "2025-03-14");
        await world.ChangePersonAsync(noFees, p => p.ChangeEmailPreferences(new EmailPreferences(FeeRemindersOff: true, CeRemindersOff: true)));
        var snoozer = await world.PersonAsync("snoozer@example.org");
        await world.CredentialAsync(snoozer, "CCMA-NHA", "2025-03-14");
        await world.ChangePersonAsync(snoozer, p => p.ChangeEmailPreferences(new EmailPreferences(SnoozedUntil: new DateOnly(2027, 3, 13))));

        await world.RunDailyAsync("2027-03-13", "2027-03-14");

        Assert.Empty(await world.EmailsAsync(gone));
        Assert.Equal(["2027-03-13: ExpiresSoon/1", "2027-03-14: ExpiresToday/0"], await world.EmailsAsync(noFees));
        // The snooze ends after the 13th: the 14th brings what is current then, not what the snooze held back.
        Assert.Equal(["2027-03-14: ExpiresToday/0"], await world.EmailsAsync(snoozer));
    }

    [Fact]
    public async Task ClinicOffsets_ReplaceTheRulePacks()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var ana = await world.PersonAsync("ana@example.org");
        await world.CredentialAsync(ana, "CCMA-NHA", "2025-03-14");
        await world.ChangeClinicAsync(ana.ClinicId, c => c.UseReminderOffsets("10, 3", "", "2"));

        await world.RunDailyAsync("2027-02-01", "2027-03-13");

        Assert.Equal(
        [
            "2027-02-01: FeeDue/60",
            "2027-02-12: FeeDue/30",
            "2027-03-04: CeDue/10",
            "2027-03-07: FeeDue/7",
            "2027-03-11: CeDue/3",
            "2027-03-12: ExpiresSoon/2",
        ], await world.EmailsAsync(ana));
    }
}

public sealed class WhoGetsWhatTestsOnSqlite() : WhoGetsWhatTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class WhoGetsWhatTestsOnSqlServer() : WhoGetsWhatTests(DatabaseProvider.SqlServer);
