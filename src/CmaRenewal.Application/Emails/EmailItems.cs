using CmaRenewal.Application.Requirements;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

/// <summary>Turns stored reminders into email items from their payload snapshots, so a retry says what the first try said.</summary>
public static class EmailItems
{
    // Reminders planned before "No more CE needed" replaced it carry the old words in their stored payload.
    private const string NothingNeededBefore = "Nothing more needed";

    /// <param name="reminders">One person's reminders for the day.</param>
    /// <param name="day">The recipient's local day of the email; "in N days" counts from it.</param>
    public static IReadOnlyList<EmailItem> From(IEnumerable<Reminder> reminders, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        return [.. reminders.Select(r => From(r, day)).OrderBy(i => i.Section.Order).ThenBy(i => i.Kind).ThenBy(i => i.Title, StringComparer.Ordinal)];
    }

    public static EmailItem From(Reminder reminder, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (reminder.Kind == ReminderKind.StaffDigest)
        {
            var digest = ReminderPayloads.StaffDigest(reminder);
            return new StaffDigestItem([.. digest.Rows.Select(Worded)], digest.CredentialsInScope);
        }
        if (reminder.Kind == ReminderKind.MissingCredential)
        {
            var missing = ReminderPayloads.Missing(reminder);
            return new MissingCredentialItem(missing.Codes, RequirementWording.AddYours(missing.Names));
        }
        var s = ReminderPayloads.Credential(reminder);
        return reminder.Kind switch
        {
            ReminderKind.CeDue => new CeDueItem(s.PackCode, DaysUntil(s.CeCompleteBy, day), s.CeCompleteBy, s.StillNeed),
            ReminderKind.FeeDue => new FeeDueItem(s.PackCode, DaysUntil(s.FeeDueOn ?? reminder.MilestoneDate, day), s.FeeDueOn ?? reminder.MilestoneDate, s.FeeAmount, s.FeeCurrency),
            ReminderKind.ExpiresSoon => new ExpiresSoonItem(s.PackCode, DaysUntil(s.Expires, day), s.Expires, s.StatusReason),
            ReminderKind.ExpiresToday => new ExpiresTodayItem(s.PackCode, s.Expires, s.GraceEnds),
            ReminderKind.InGrace => new InGraceItem(s.PackCode, s.Expires, s.GraceEnds, s.StillNeed, StillNeedsCe(s.StillNeed)),
            ReminderKind.Lapsed => new LapsedItem(s.PackCode, s.GraceEnds, WhatNow(s)),
            ReminderKind.Escalation => new EscalationItem(s.PersonName ?? EmailWords.Get("SomeoneOnStaff"), s.PackCode, s.Status, s.StatusReason),
            _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder.Kind, "Unknown reminder kind."),
        };
    }

    // The engine's summary when CE is complete, in the language it was planned in; a payload carries the summary, not
    // the numbers. The planner words it in the recipient's language, the email reads in it too.
    private static bool StillNeedsCe(string stillNeed) =>
        stillNeed != StillNeed.None("").Summary && stillNeed != NothingNeededBefore;

    // A Missing row has no CE to word; it says "Not on file" in the manager's language at send time.
    private static StaffDigestRow Worded(StaffDigestRow row) =>
        row.Status == CredentialStatus.Missing ? row with { StillNeed = RequirementWording.NotOnFileShort } : row;

    // A catch-up email can go out a day after its reminder was due; never say "in -1 days".
    private static int DaysUntil(DateOnly milestone, DateOnly day) => Math.Max(0, milestone.DayNumber - day.DayNumber);

    // The rule pack's after-grace advice, carried in the snapshot; the status reason when a snapshot has none.
    private static string WhatNow(CredentialSnapshot s) => s.AfterGrace ?? s.StatusReason;
}
