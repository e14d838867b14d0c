using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;
using static CmaRenewal.ComponentTests.Emails.EmailTestKit;

namespace CmaRenewal.ComponentTests.Emails;

/// <summary>Each kind's template says its key facts, in the HTML and in the text twin alike, under the subject it gets alone.</summary>
public sealed class ReminderEmailTemplateTests
{
    private static readonly CredentialSnapshot Lapsed = Aama with
    {
        Status = CredentialStatus.Lapsed,
        StatusReason = "Expired 2027-01-31; Recertify by exam and pay the $50 reactivation fee plus the exam fee.",
        AfterGrace = "Recertify by exam and pay the $50 reactivation fee plus the exam fee.",
    };

    private static readonly CredentialSnapshot Escalated = Aama with
    {
        Status = CredentialStatus.Overdue, StatusReason = "CE was due 2026-12-30; 6 more points.", PersonName = "Ana O'Neil",
    };

    private static readonly StaffDigestSnapshot TwoNeedAttention = new(
    [
        new StaffDigestRow(1, "Ana O'Neil", "Lakeside Family Clinic", "CMA-AAMA", CredentialStatus.Overdue, Dates.D("2027-01-31"), "6 more points"),
        new StaffDigestRow(2, "Tom Nguyen", "Riverside", "RMA-AMT", CredentialStatus.InGrace, Dates.D("2026-10-31"), "Nothing more needed"),
    ], 14);

    public static TheoryData<ReminderKind, object, string, string, string[]> Cases() => new()
    {
        { ReminderKind.CeDue, Aama, "2026-11-30", "CMA-AAMA: CE due in 30 days", ["You still need 6 more points: at least 4 clinical, complete by Dec 30, 2026."] },
        { ReminderKind.FeeDue, Aama, "2026-11-30", "CMA-AAMA: fee due in 30 days", ["Your fee of $125.00 is due by Dec 30, 2026."] },
        { ReminderKind.FeeDue, Aama with { FeeAmount = 1250.5m, FeeCurrency = "EUR" }, "2026-12-29", "CMA-AAMA: fee due in 1 day", ["1,250.50 EUR", "Dec 30, 2026"] },
        { ReminderKind.ExpiresSoon, Aama, "2027-01-24", "CMA-AAMA expires in 7 days", ["Your CMA-AAMA expires on Jan 31, 2027.", "CE due 2026-12-30; 6 more points"] },
        { ReminderKind.ExpiresToday, Aama, "2027-01-31", "CMA-AAMA expires today", ["expires today, Jan 31, 2027.", "You can still renew with CE until May 1, 2027"] },
        { ReminderKind.InGrace, Aama, "2027-02-07", "CMA-AAMA expired: renew by May 1, 2027",
            ["Your CMA-AAMA expired on Jan 31, 2027. You can still renew with CE until May 1, 2027.", "You still need 6 more points: at least 4 clinical."] },
        { ReminderKind.Lapsed, Lapsed, "2027-05-02", "CMA-AAMA has lapsed",
            ["The last day to renew your CMA-AAMA with CE was May 1, 2027.", "What now: Recertify by exam and pay the $50 reactivation fee plus the exam fee."] },
        { ReminderKind.Escalation, Escalated, "2026-12-31", "Ana O'Neil's CMA-AAMA is now Overdue", ["CE was due 2026-12-30; 6 more points."] },
        { ReminderKind.StaffDigest, TwoNeedAttention, "2026-11-30", "Weekly staff compliance: 2 need attention",
            ["Ana O'Neil", "Lakeside Family Clinic", "Overdue", "Tom Nguyen", "RMA-AMT", "In grace", "Oct 31, 2026", "2 of 14 credentials need attention"] },
        { ReminderKind.StaffDigest, new StaffDigestSnapshot([], 12), "2026-11-30", "Weekly staff compliance: all 12 credentials on track",
            ["All 12 credentials of your staff are on track."] },
        { ReminderKind.StaffDigest, new StaffDigestSnapshot([new StaffDigestRow(3, "Liam Scott", "Riverside", "CMA-AAMA|RMA-AMT", CredentialStatus.Missing, null, "Not on file")], 5),
            "2026-11-30", "Weekly staff compliance: 1 need attention", ["Liam Scott", "CMA-AAMA|RMA-AMT", "Missing", "Not on file", "1 of 5 credentials need attention"] },
        { ReminderKind.MissingCredential, new MissingSnapshot("CMA-AAMA|RMA-AMT", ["CMA (AAMA)", "RMA (AMT)"]), "2026-11-30",
            "Add your certification: CMA (AAMA) or RMA (AMT)",
            ["Your role requires one of CMA-AAMA, RMA-AMT, and none is on file yet.", "Add it on My credentials so its deadlines are tracked."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OneReminder_HasItsSubject_AndSaysItsFactsInHtmlAndText(ReminderKind kind, object payload, string day, string subject, string[] facts)
    {
        var email = await new EmailTestKit().RenderAsync(day, Reminder(kind, payload, day));

        Assert.Equal(subject, email.Subject);
        var html = VisibleText(email.HtmlBody);
        var text = Collapse(email.TextBody);
        Assert.All(facts, fact => Assert.Contains(fact, html, StringComparison.Ordinal));
        Assert.All(facts, fact => Assert.Contains(fact, text, StringComparison.Ordinal));
        Assert.StartsWith(subject, email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InGrace_WithCeComplete_DoesNotSayStillNeed()
    {
        var email = await new EmailTestKit().RenderAsync("2027-02-07", Reminder(ReminderKind.InGrace, Aama with { StillNeed = "Nothing more needed" }));

        Assert.DoesNotContain("still need", email.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("still need", VisibleText(email.HtmlBody), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Html_IsSelfContained_WithInlineStylesAndNoExternalAssets()
    {
        var email = await new EmailTestKit().RenderAsync("2026-11-30", Reminder(ReminderKind.CeDue, Aama), Reminder(ReminderKind.StaffDigest, TwoNeedAttention));

        var document = Parse(email.HtmlBody);
        Assert.Empty(document.QuerySelectorAll("link, script, img, style"));
        Assert.All(document.QuerySelectorAll("a"), a => Assert.StartsWith(BaseUrl + "/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.StartsWith("<!DOCTYPE html>", email.HtmlBody.TrimStart(), StringComparison.OrdinalIgnoreCase);
    }
}
