using CmaRenewal.Application.Notices;
using CmaRenewal.Web.Emails;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CmaRenewal.ComponentTests.Emails.EmailTestKit;

namespace CmaRenewal.ComponentTests.Emails;

/// <summary>A notice (rejection, nudge) in the shared email frame: the HTML says what its text twin says, escaped, with the one link.</summary>
public sealed class NoticeEmailTests
{
    private static readonly NoticeModel Model = new(
        "Your credentials need attention (1)", "Hello Ana,", ["Mo asked you to look at <this>:"],
        [new NoticeLine("CMA-AAMA: Due soon", "Still needed: 6 more points, by Dec 30, 2026.")],
        new NoticeAction("Open my credentials", BaseUrl + "/me"), "You get this email because your manager sent you a reminder.");

    [Fact]
    public async Task TheHtml_ShowsTheTextTwinsWords_AndItsLink()
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var html = await new NoticeEmailRenderer(new RazorEmailHtml(services, services.GetRequiredService<ILoggerFactory>()))
            .HtmlAsync(Model, Xunit.TestContext.Current.CancellationToken);

        var page = Parse(html);
        Assert.Equal(Model.Subject, page.Title);
        Assert.Equal(BaseUrl + "/me", page.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["CMA-AAMA: Due soon"], page.QuerySelectorAll("[data-line]").Select(e => e.GetAttribute("data-line")));
        Assert.Contains("Mo asked you to look at &lt;this&gt;:", html, StringComparison.Ordinal);
        var visible = VisibleText(html);
        foreach (var words in new[] { Model.Greeting, Model.Lines[0].Detail, Model.Action.Label, Model.Reason })
        {
            Assert.Contains(words, visible, StringComparison.Ordinal);
            Assert.Contains(words, NoticeText.Write(Model), StringComparison.Ordinal);
        }
    }
}
