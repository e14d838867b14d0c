using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

/// <summary>
/// The subject line sums the day up: one reminder speaks for itself ("CMA-AAMA: CE due in 30 days"), several are
/// counted ("3 credential reminders for Nov 30"), a manager's digest alone says how many need attention.
/// </summary>
public static class EmailSubject
{
    public static string For(IReadOnlyList<EmailItem> items, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(items);
        var subject = items switch
        {
            [StaffDigestItem digest] => digest.Subject,
            [var only] => only.Title,
            _ when items.Any(i => ReminderKinds.IsForManagers(i.Kind)) => EmailWords.Format("SubjectReminders", items.Count, EmailFormat.ShortDate(day)),
            _ => EmailWords.Format("SubjectCredentialReminders", items.Count, EmailFormat.ShortDate(day)),
        };
        // A staff member's long name must not make the outbox refuse the row.
        return subject.Length <= OutboxEmail.SubjectMaxLength ? subject : subject[..(OutboxEmail.SubjectMaxLength - 1)] + "…";
    }
}
