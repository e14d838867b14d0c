using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;
using static CmaRenewal.ComponentTests.Emails.EmailTestKit;

namespace CmaRenewal.ComponentTests.Emails;

/// <summary>All of one person's reminders for a day make one email: counted in the subject, in a fixed section order.</summary>
public sealed class DailyEmailTests
{
    private static readonly StaffDigestSnapshot Digest = new(
        [new StaffDigestRow(1, "Tom Nguyen", "Riverside", "RMA-AMT", CredentialStatus.InGrace, Dates.D("2026-10-31"), "4 more points")], 9);

    [Fact]
    public async Task SeveralCredentialReminders_AreCountedInTheSubject()
    {
        var email = await new EmailTestKit().RenderAsync("2026-11-30",
            Reminder(ReminderKind.CeDue, Aama), Reminder(ReminderKind.FeeDue, Aama), Reminder(ReminderKind.ExpiresSoon, Aama));

        Assert.Equal("3 credential reminders for Nov 30", email.Subject);
    }

    [Fact]
    public async Task MixedWithManagerItems_AreCountedAsReminders()
    {
        var email = await new EmailTestKit().RenderAsync("2026-11-30", Reminder(ReminderKind.CeDue, Aama), Reminder(ReminderKind.StaffDigest, Digest));

        Assert.Equal("2 reminders for Nov 30", email.Subject);
    }

    [Fact]
    public async Task Sections_ComeInOrder_ExpirationCeFeesStaff_InHtmlAndText()
    {
        // Given in the reverse order on purpose.
        var email = await new EmailTestKit().RenderAsync("2026-11-30",
            Reminder(ReminderKind.StaffDigest, Digest), Reminder(ReminderKind.FeeDue, Aama), Reminder(ReminderKind.CeDue, Aama),
            Reminder(ReminderKind.ExpiresSoon, Aama));

        string[] expected = ["Expiration", "Continuing education", "Fees", "Your staff"];
        Assert.Equal(expected, Parse(email.HtmlBody).QuerySelectorAll("[data-section]").Select(e => e.GetAttribute("data-section")));
        var positions = expected.Select(h => email.TextBody.IndexOf(h.ToUpperInvariant() + "\n", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task CatchUpEmail_AfterTheMilestone_NeverSaysNegativeDays()
    {
        var email = await new EmailTestKit().RenderAsync("2027-01-02", Reminder(ReminderKind.CeDue, Aama));

        Assert.Equal("CMA-AAMA: CE due in 0 days", email.Subject);
    }

    [Fact]
    public async Task NoReminders_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new EmailTestKit().RenderAsync("2026-11-30"));
    }
}
