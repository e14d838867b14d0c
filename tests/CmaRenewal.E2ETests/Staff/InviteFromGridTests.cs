using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.E2ETests.Accessibility;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.E2ETests.Staff;

/// <summary>
/// "Invite" on a grid row: someone on staff without a sign-in is invited from the row, the invitation goes through the
/// outbox, and the row then says so; someone who already signs in has no Invite button. The person invited works at a
/// clinic of their own, so the demo's Riverside grid other tests count stays as it was.
/// </summary>
public sealed class InviteFromGridTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const string Newcomer = "nina.invite@demo.cmarenewal.test";

    [Fact]
    public async Task Admin_InvitesSomeoneWithoutASignIn_FromTheirRow()
    {
        var clinicId = await AddClinicWithNewcomerAsync();
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync($"/staff?clinic={clinicId}");
        var row = Page.GetByTestId("staff-grid").Locator("tbody tr.mud-table-row", new() { HasText = "Nina Invite" });
        await Expect(row).ToHaveCountAsync(1);
        var invite = row.GetByTestId("invite");
        await Expect(invite).ToBeEnabledAsync();
        await Expect(invite).ToHaveAccessibleNameAsync("Invite Nina Invite");

        await invite.ClickAsync();

        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Invited Nina Invite");
        await Expect(row.GetByTestId("invite")).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("invited")).ToHaveAccessibleNameAsync("Invited Nina Invite");
        var email = await App.WithDbAsync((db, _) => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == Newcomer));
        Assert.Equal(OutboxPurpose.Account, email.Purpose);
        Assert.Contains("Westbrook Invite Clinic", email.Subject, StringComparison.Ordinal);

        // Opened again, the row knows she has a sign-in now: no Invite, and still one email.
        await GotoInteractiveAsync($"/staff?clinic={clinicId}");
        await Expect(row.GetByTestId("nudge")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("invite")).ToHaveCountAsync(0);
        Assert.Equal(1, await App.WithDbAsync((db, _) => db.OutboxEmails.CountAsync(e => e.ToAddress == Newcomer)));
    }

    [Fact]
    public async Task SomeoneWhoAlreadySignsIn_HasNoInviteButton()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff");
        var rows = Page.GetByTestId("staff-grid").Locator("tbody tr.mud-table-row", new() { HasText = "James Carter" });

        await Expect(rows.First.GetByTestId("nudge")).ToBeVisibleAsync();
        await Expect(rows.GetByTestId("invite")).ToHaveCountAsync(0);
    }

    private Task<long> AddClinicWithNewcomerAsync() => App.WithDbAsync(async (db, _) =>
    {
        var clinic = new Clinic("Westbrook Invite Clinic", "America/New_York");
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync();
        db.People.Add(new Person(clinic.Id, Newcomer, "Nina", "Invite", PersonRole.Assistant));
        await db.SaveChangesAsync();
        return clinic.Id;
    });
}
