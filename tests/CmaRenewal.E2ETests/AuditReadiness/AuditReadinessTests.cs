using System.Text.RegularExpressions;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.AuditReadiness;

/// <summary>
/// Maria is Compliant, yet her audit drill finds certificates missing: her card says so beside the status, and she
/// attaches a certificate to a verified entry (the only change a verified entry takes), which the card then counts.
/// Other browser tests read her status and only that the drill still finds a missing certificate; neither changes.
/// </summary>
public sealed partial class AuditReadinessTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task TheCardSaysWhatWouldFail_AndAttachingToAVerifiedEntry_CountsOneCertificateFewer()
    {
        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me");
        var card = Page.Locator("[data-testid=credential-card][data-pack=CMA-AAMA]");
        var gaps = card.GetByTestId("audit-gaps");
        await Expect(card.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Compliant");
        await Expect(gaps).ToHaveTextAsync(CertificatesMissing());
        var before = Missing(await gaps.GetAttributeAsync("data-gaps"));
        await Page.SaveScreenshotAsync("audit-readiness-card");

        // A verified entry that counts toward the AAMA credential and has no certificate yet.
        var row = Page.GetByTestId("history-table").Locator("tr", new() { HasText = "CMA-AAMA" })
            .Filter(new() { Has = Page.Locator("[data-testid=verification]", new() { HasTextRegex = VerifiedOnly() }) })
            .Filter(new() { Has = Page.GetByText("Attach", new() { Exact = true }) }).First;
        var title = await row.Locator("td[data-label=Title]").InnerTextAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await row.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "verified-course.pdf", MimeType = "application/pdf", Buffer = Pdf });

        await Expect(Page.GetByTestId("page-message")).ToContainTextAsync("Certificate attached");
        var attached = Page.GetByTestId("history-table").Locator("tr", new() { HasText = title });
        await Expect(attached.GetByRole(AriaRole.Link, new() { Name = "verified-course.pdf" })).ToBeVisibleAsync();
        await Expect(attached.GetByTestId("verification")).ToHaveTextAsync("Verified");
        await Expect(gaps).ToHaveAttributeAsync("data-gaps", new Regex(before == 1 ? "^(?!certificates:)" : $"^certificates:{before - 1}(;|$)"));
    }

    private static int Missing(string? gaps) =>
        int.Parse(CertificateCount().Match(gaps ?? "").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^· \d+ certificates? missing")]
    private static partial Regex CertificatesMissing();

    [GeneratedRegex(@"^\s*Verified\s*$")]
    private static partial Regex VerifiedOnly();

    [GeneratedRegex(@"certificates:(\d+)")]
    private static partial Regex CertificateCount();
}
