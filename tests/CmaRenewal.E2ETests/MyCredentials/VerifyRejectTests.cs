using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.E2ETests.Accessibility;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.E2ETests.MyCredentials;

/// <summary>
/// Rachel manages Maria's clinic: she verifies one entry and rejects another, in a dialog, with a reason Maria then
/// reads on her page and in the email the rejection sends her.
/// The rejected entry is one this test adds on top of Maria's complete CE, so her status, which other browser
/// tests sharing this app read, stays what the demo says.
/// </summary>
public sealed class VerifyRejectTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const string SpareTitle = "Telehealth Visit Preparation";
    private const string Reason = "The certificate names a different course.";

    [Fact]
    public async Task Manager_VerifiesAndRejects_AndTheAssistantSeesTheReason()
    {
        var mariaId = await MariasIdAsync();
        await AddSpareActivityAsync(mariaId);
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync($"/people/{mariaId}");
        var history = Page.GetByTestId("history-table");
        var cpr = history.Locator("tr", new() { HasText = "BLS Provider (CPR) card" });
        var diabetes = history.Locator("tr", new() { HasText = SpareTitle });

        await cpr.GetByTestId("verify").ClickAsync();
        await Expect(cpr.GetByTestId("verification")).ToHaveTextAsync("Verified");
        await diabetes.GetByTestId("reject").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        var submit = dialog.GetByRole(AriaRole.Button, new() { Name = "Reject with this reason" });
        await Expect(submit).ToBeDisabledAsync();
        await dialog.GetByLabel("Why is it rejected?").FillAsync(Reason);
        await Page.SaveScreenshotAsync("manager-rejects-ce");
        await submit.ClickAsync();
        await Expect(diabetes.GetByTestId("verification")).ToHaveTextAsync($"Rejected: {Reason}");
        Assert.Contains(Reason, await RejectionEmailToMariaAsync());

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me");
        await Expect(diabetes.GetByTestId("verification")).ToHaveTextAsync($"Rejected: {Reason}");
        await Expect(diabetes).ToContainTextAsync("Rejected entries do not count.");
        // A verified entry is read-only for the assistant; the rejected one can still be corrected.
        await Expect(cpr.GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await Expect(diabetes.GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToBeVisibleAsync();
        await Expect(history.GetByTestId("verify")).ToHaveCountAsync(0);
    }

    private async Task AddSpareActivityAsync(long mariaId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var cma = await db.Credentials.Where(c => c.PersonId == mariaId && c.PackCode == "CMA-AAMA").Select(c => c.Id).SingleAsync();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var details = new CeActivityDetails(DateOnly.FromDateTime(now).AddDays(-3), SpareTitle, "Relias", 200, Units.ContactHour, "general", false);
        var spare = new CeActivity(mariaId, details, now);
        spare.CountToward(cma);
        db.CeActivities.Add(spare);
        await db.SaveChangesAsync();
    }

    // The email the rejection queued in the outbox for Maria (the app sends it to its pickup folder at once).
    private Task<string> RejectionEmailToMariaAsync() => App.WithDbAsync((db, _) =>
        db.OutboxEmails.Where(e => e.ToAddress == DemoPeople.Maria && e.Subject.Contains(SpareTitle)).Select(e => e.TextBody!).SingleAsync());

    private async Task<long> MariasIdAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.People.Where(p => p.Email == DemoPeople.Maria).Select(p => p.Id).SingleAsync();
    }
}
