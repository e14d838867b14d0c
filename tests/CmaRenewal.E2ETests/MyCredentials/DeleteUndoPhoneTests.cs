using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.E2ETests.Accessibility;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.E2ETests.MyCredentials;

/// <summary>
/// Aisha deletes a CE entry on a phone (390 × 844): a dialog that fits the screen says what will happen, Cancel keeps
/// the entry, and after the delete the snackbar's Undo brings it back. The entry counts toward no credential, so her
/// status, which other browser tests sharing this app read, stays what the demo says.
/// </summary>
public sealed class DeleteUndoPhoneTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const string Title = "Phone undo course";

    protected override (int Width, int Height) Viewport => (390, 844);

    [Fact]
    public async Task Delete_AsksFirst_OnThePhone_AndUndoBringsTheEntryBack()
    {
        var id = await AddEntryAsync();
        await Page.SignInAsync(DemoPeople.Aisha);
        await GotoInteractiveAsync($"/me?search={Uri.EscapeDataString(Title)}");
        var row = Page.GetByTestId("history-table").Locator("tr", new() { HasText = Title });
        var dialog = Page.GetByRole(AriaRole.Dialog);

        await row.GetByTestId("delete-ce").ClickAsync();
        await Expect(dialog).ToContainTextAsync($"\"{Title}\" (1.5 contact hour");
        await Expect(dialog).ToContainTextAsync("You can undo this for 15 minutes.");
        await AssertOnScreenAsync(dialog);
        await Page.SaveScreenshotAsync("ce-delete-confirm-phone-390x844");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(row).ToBeVisibleAsync();

        await row.GetByTestId("delete-ce").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        Assert.False(await ExistsAsync(id));
        var undo = Page.Locator(".mud-snackbar").GetByRole(AriaRole.Button, new() { Name = "Undo" });
        await AssertOnScreenAsync(undo);
        await undo.ClickAsync();

        await Expect(row).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("page-message")).ToHaveTextAsync($"Restored \"{Title}\".");
        Assert.True(await ExistsAsync(id));
    }

    private async Task AssertOnScreenAsync(ILocator element)
    {
        await Expect(element).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = await element.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= Viewport.Width, $"{box?.X} + {box?.Width} overflows {Viewport.Width} px");
    }

    private Task<long> AddEntryAsync() => App.WithDbAsync(async (db, services) =>
    {
        var aisha = await db.People.Where(p => p.Email == DemoPeople.Aisha).Select(p => p.Id).SingleAsync();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var entry = new CeActivity(aisha, new CeActivityDetails(DateOnly.FromDateTime(now).AddDays(-1), Title, "Relias", 150, Units.ContactHour, null, false), now);
        db.CeActivities.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    // Through the app's own filtered reads: a deleted entry is gone for every reader.
    private Task<bool> ExistsAsync(long id) => App.WithDbAsync((db, _) => db.CeActivities.AnyAsync(a => a.Id == id));
}
