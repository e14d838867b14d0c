using CmaRenewal.Application.Emails;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.UnitTests.Emails;

/// <summary>What a reminders email says, without rendering HTML: its subject, its plain-text body and its links.</summary>
public sealed class DailyEmailsTests
{
    private const long PersonId = 12;
    private static readonly DateTime Queued = new(2026, 3, 2, 13, 0, 0, DateTimeKind.Utc);

    /// <summary>An NHA credential with its fee unpaid: fee due 2026-03-16, expires 2026-04-01.</summary>
    private static readonly CredentialSnapshot Nha = new(
        "CCMA-NHA", "Certified Clinical Medical Assistant (NHA)", "NHA-77", CredentialStatus.DueSoon,
        "Expires 2026-04-01; the renewal fee is not paid.", "Nothing more needed",
        D("2026-04-01"), D("2026-04-01"), D("2026-04-01"), D("2026-03-16"), 185m, "USD");

    private static readonly StaffDigestRow Ana = new(3, "Ana Ruiz", "Lakeside", "CMA-AAMA", CredentialStatus.Overdue, D("2026-05-31"), "2 more points");

    private static Reminder Stored(ReminderKind kind, object payload) =>
        new($"{PersonId}/{kind}", PersonId, kind, 5, null, D("2026-03-02"), 30, D("2026-03-02"), ReminderPayloads.Write(payload), Queued);

    private static ComposedEmail Compose(params Reminder[] reminders) =>
        DailyEmails.Compose(OutboxEmail.ForReminders(PersonId, "sam@example.org", D("2026-03-02"), "(later)", Queued), reminders, new FixedLinks());

    [Fact]
    public void TwoCredentialReminders_MakeThisExactTextBody()
    {
        var email = Compose(Stored(ReminderKind.FeeDue, Nha), Stored(ReminderKind.ExpiresSoon, Nha));

        string[] expected =
        [
            "2 credential reminders for Mar 2",
            "",
            "EXPIRATION",
            "CCMA-NHA expires in 30 days",
            "Your CCMA-NHA expires on Apr 1, 2026.",
            "Expires 2026-04-01; the renewal fee is not paid.",
            "",
            "FEES",
            "CCMA-NHA: fee due in 14 days",
            "Your fee of $185.00 is due by Mar 16, 2026.",
            "",
            "--",
            "You get this email because your credentials are tracked in CmaRenewal. At most one email a day, in your local morning.",
            "Email preferences: https://renewals.test/me/profile",
            "Stop fee reminders: https://renewals.test/unsubscribe/12/Fees",
            "Stop expiration notices: https://renewals.test/unsubscribe/12/Expiration",
            "Snooze all reminders for 7 days: https://renewals.test/snooze/12",
            "",
        ];
        Assert.Equal(string.Join(Environment.NewLine, expected), email.Text);
        Assert.Equal("https://renewals.test/unsubscribe/12/Fees+Expiration", email.ListUnsubscribe);
    }

    [Fact]
    public void DigestAlone_SpeaksToAManager()
    {
        var email = Compose(Stored(ReminderKind.StaffDigest, new StaffDigestSnapshot([Ana], 8)));

        Assert.Equal("Weekly staff compliance: 1 need attention", email.Model.Subject);
        Assert.Equal("You get this email because you manage staff in CmaRenewal. At most one email a day, in your local morning.", email.Model.Footer.Reason);
        Assert.Equal(["1 of 8 credentials need attention:", "- Ana Ruiz (Lakeside) · CMA-AAMA · Overdue · expires May 31, 2026 · 2 more points"],
            email.Model.Items.Single().TextLines());
    }

    [Fact]
    public void CredentialAndDigest_SayBothReasons_AndCountReminders()
    {
        var email = Compose(Stored(ReminderKind.StaffDigest, new StaffDigestSnapshot([], 8)), Stored(ReminderKind.FeeDue, Nha));

        Assert.Equal("2 reminders for Mar 2", email.Model.Subject);
        Assert.StartsWith("You get this email because your credentials are tracked in CmaRenewal and you manage staff there.", email.Model.Footer.Reason, StringComparison.Ordinal);
        Assert.Equal([ReminderTopic.Fees, ReminderTopic.Digest], email.Model.Footer.Unsubscribes.Select(u => u.Topic));
    }

    [Fact]
    public void LongTitle_IsCutToTheOutboxSubjectLimit()
    {
        var escalation = Stored(ReminderKind.Escalation, Nha with { PersonName = new string('N', 400) });

        var subject = Compose(escalation).Model.Subject;

        Assert.Equal(OutboxEmail.SubjectMaxLength, subject.Length);
        Assert.EndsWith("N…", subject, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountEmail_OrNoReminders_IsRefused()
    {
        var account = OutboxEmail.ForAccount("sam@example.org", "Reset", "<p>x</p>", "x", Queued);

        Assert.Throws<ArgumentException>(() => DailyEmails.Compose(account, [Stored(ReminderKind.FeeDue, Nha)], new FixedLinks()));
        Assert.Throws<ArgumentException>(() => Compose());
    }
}
