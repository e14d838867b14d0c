using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.TestKit.Builders;

/// <summary>Outbox rows and reminders with defaults, queued at <see cref="TestClock.DefaultStart"/>.</summary>
public static class Outbox
{
    /// <summary>An account email: rendered at creation, sensitive (bodies erased once sent).</summary>
    public static OutboxEmail AccountEmail(string to = "ana.lopez@example.org", string subject = "Reset your CmaRenewal password",
        DateTime? createdAtUtc = null) =>
        OutboxEmail.ForAccount(to, subject, $"<p>Hello {to}</p>", $"Hello {to}", createdAtUtc ?? TestClock.DefaultStart.UtcDateTime);

    /// <summary>A reminders email with no body yet: the sender renders it from its reminders.</summary>
    public static OutboxEmail RemindersEmail(long personId, string to = "ana.lopez@example.org", DateOnly? day = null) =>
        OutboxEmail.ForReminders(personId, to, day ?? DateOnly.FromDateTime(TestClock.DefaultStart.UtcDateTime),
            "Your credentials need attention", TestClock.DefaultStart.UtcDateTime);

    public static Reminder ExpiresSoon(long personId, string credentialName = "CMA (AAMA)", int offsetDays = 30) =>
        new($"{personId}/cred/{credentialName}/{offsetDays}", personId, ReminderKind.ExpiresSoon, credentialId: null, subjectPersonId: null,
            new DateOnly(2026, 4, 1), offsetDays, new DateOnly(2026, 3, 2),
            ReminderPayloads.Write(new CredentialSnapshot("CMA-AAMA", credentialName, "CMA-100200", CredentialStatus.DueSoon,
                "Expires in 30 days.", "2.5 CEU", new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30),
                FeeDueOn: null, FeeAmount: null, FeeCurrency: null)),
            TestClock.DefaultStart.UtcDateTime);
}
