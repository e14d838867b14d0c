using CmaRenewal.Application.Emails;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Reminders;

/// <summary>
/// The planner judges everyone once but words each reminder in its recipient's language: a Spanish holder's and a
/// Spanish manager's emails carry the engine's sentences in Spanish, their English twins' in English, and neither
/// carries a sentence of the other's.
/// </summary>
public sealed class ReminderLanguageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SpanishRecipients_ReadTheEnginesSentencesInSpanish_EnglishOnesInEnglish()
    {
        await using var world = await ReminderWorld.CreateAsync(DatabaseProvider.Sqlite, Ct);
        // Twins: same clinic, same credential, same (missing) CE, so their verdicts and reminders are the same.
        var ben = await world.PersonAsync("ben@example.org");
        var bea = await world.PersonAsync("bea@example.org", clinicId: ben.ClinicId);
        await world.ChangePersonAsync(ben, p => p.UseLanguage(Languages.Spanish));
        var rosa = await world.ManagerAsync("rosa@example.org", ben.ClinicId);
        await world.ChangePersonAsync(rosa, p => p.UseLanguage(Languages.Spanish));
        var mark = await world.ManagerAsync("mark@example.org", ben.ClinicId);
        foreach (var holder in new[] { ben, bea }) await world.CredentialAsync(holder, "CMA-AAMA", "2022-04-10");

        // CE is due 2027-03-31 and short: CE reminders before it, Overdue escalations and a digest after.
        await world.RunDailyAsync("2027-03-25", "2027-04-05");

        var (benSays, beaSays) = (await SentencesAsync(world, ben), await SentencesAsync(world, bea));
        var (rosaSays, markSays) = (await SentencesAsync(world, rosa), await SentencesAsync(world, mark));
        Assert.NotEmpty(beaSays);
        Assert.NotEmpty(markSays);
        Assert.Contains(benSays, s => s.Contains("más", StringComparison.Ordinal));
        Assert.Contains(rosaSays, s => s.Contains("más", StringComparison.Ordinal));
        Assert.Contains(beaSays, s => s.Contains("more", StringComparison.Ordinal));
        Assert.Contains(markSays, s => s.Contains("more", StringComparison.Ordinal));

        var (benEmails, rosaEmails) = (await TextsAsync(world, ben, "es"), await TextsAsync(world, rosa, "es"));
        var (beaEmails, markEmails) = (await TextsAsync(world, bea, "en"), await TextsAsync(world, mark, "en"));
        foreach (var english in beaSays.Concat(markSays))
            Assert.DoesNotContain(english, string.Concat(benEmails.Concat(rosaEmails)), StringComparison.Ordinal);
        foreach (var spanish in benSays.Concat(rosaSays))
            Assert.DoesNotContain(spanish, string.Concat(beaEmails.Concat(markEmails)), StringComparison.Ordinal);
        Assert.All(benSays.Concat(rosaSays), s => Assert.Contains(s, string.Concat(benEmails.Concat(rosaEmails)), StringComparison.Ordinal));
        Assert.Contains(rosaEmails, t => t.Contains("Atrasada", StringComparison.Ordinal));
    }

    // The engine's sentences each stored reminder carries (status reason, still needed), as the email will print them.
    private static async Task<List<string>> SentencesAsync(ReminderWorld world, Person recipient)
    {
        await using var db = world.Database.CreateContext();
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.RecipientPersonId == recipient.Id && r.EmailId != null).ToListAsync(Ct);
        return [.. reminders.SelectMany(r => r.Kind switch
        {
            ReminderKind.StaffDigest => ReminderPayloads.StaffDigest(r).Rows.Select(row => row.StillNeed),
            ReminderKind.MissingCredential => [],
            _ => [ReminderPayloads.Credential(r).StatusReason, ReminderPayloads.Credential(r).StillNeed],
        }).Distinct()];
    }

    private static async Task<List<string>> TextsAsync(ReminderWorld world, Person recipient, string language)
    {
        await using var db = world.Database.CreateContext();
        var emails = await db.OutboxEmails.AsNoTracking().Where(e => e.RecipientPersonId == recipient.Id).ToListAsync(Ct);
        var reminders = (await db.Reminders.AsNoTracking().Where(r => r.RecipientPersonId == recipient.Id && r.EmailId != null).ToListAsync(Ct))
            .ToLookup(r => r.EmailId);
        using (AppCulture.Use(language))
            return [.. emails.Select(e => DailyEmails.Compose(e, [.. reminders[e.Id]], new PlainLinks()).Text)];
    }

    private sealed class PlainLinks : IEmailLinks
    {
        public string Preferences => "https://renewals.test/me/profile";

        public string Unsubscribe(long personId, IEnumerable<ReminderTopic> topics) => "https://renewals.test/unsubscribe";

        public string Snooze(long personId) => "https://renewals.test/snooze";

        public string Page(string pathAndQuery) => "https://renewals.test" + pathAndQuery;
    }
}
