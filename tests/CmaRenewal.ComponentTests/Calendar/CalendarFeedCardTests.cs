using CmaRenewal.Web.Features.Calendar;

namespace CmaRenewal.ComponentTests.Calendar;

public sealed class CalendarFeedCardTests : MudBlazorTestContext
{
    private const string Address = "https://renewals.example.org/calendar/abc.ics";

    [Fact]
    public void WithoutAnAddress_OffersToMakeOne()
    {
        var asked = 0;

        var cut = Render<CalendarFeedCard>(p => p.Add(c => c.Title, "Calendar feed").Add(c => c.What, "Your deadlines.")
            .Add(c => c.OnCreate, () => asked++));
        cut.Find("[data-testid=calendar-feed-create]").Click();

        Assert.Equal(1, asked);
        Assert.Empty(cut.FindAll("[data-testid=calendar-feed-url]"));
        Assert.Contains("Google Calendar", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Regenerate_AsksFirst_AndOnlyTheConfirmationReplacesTheAddress()
    {
        var regenerated = 0;
        var cut = Render<CalendarFeedCard>(p => p.Add(c => c.Title, "Calendar feed").Add(c => c.What, "Your deadlines.")
            .Add(c => c.Url, Address).Add(c => c.OnRegenerate, () => regenerated++));

        Assert.Equal(Address, cut.Find("input[data-testid=calendar-feed-url], [data-testid=calendar-feed-url] input").GetAttribute("value"));
        cut.Find("[data-testid=calendar-feed-regenerate]").Click();

        Assert.Equal(0, regenerated);
        Assert.Contains("stops working at once", cut.Find("[data-testid=calendar-feed-confirm]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=calendar-feed-regenerate-confirm]").Click();

        Assert.Equal(1, regenerated);
        Assert.Empty(cut.FindAll("[data-testid=calendar-feed-confirm]"));
        Assert.Contains("old one no longer works", cut.Find("[data-testid=calendar-feed-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_PutsTheAddressOnTheClipboard()
    {
        var clipboard = JSInterop.SetupVoid("navigator.clipboard.writeText", Address);
        clipboard.SetVoidResult();
        var cut = Render<CalendarFeedCard>(p => p.Add(c => c.Title, "Calendar feed").Add(c => c.What, "Your deadlines.").Add(c => c.Url, Address));

        cut.Find("[data-testid=calendar-feed-copy]").Click();

        Assert.Single(clipboard.Invocations);
        Assert.Equal("Address copied.", cut.Find("[data-testid=calendar-feed-message]").TextContent);
    }

    [Fact]
    public void Copy_WhereTheBrowserRefusesTheClipboard_SaysToCopyByHand()
    {
        JSInterop.SetupVoid("navigator.clipboard.writeText", Address).SetException(new Microsoft.JSInterop.JSException("not allowed"));
        var cut = Render<CalendarFeedCard>(p => p.Add(c => c.Title, "Calendar feed").Add(c => c.What, "Your deadlines.").Add(c => c.Url, Address));

        cut.Find("[data-testid=calendar-feed-copy]").Click();

        Assert.Contains("copy it by hand", cut.Find("[data-testid=calendar-feed-message]").TextContent, StringComparison.Ordinal);
    }
}
