using CmaRenewal.Application.Administration;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Web.Features.Admin.Outbox;

namespace CmaRenewal.ComponentTests.Admin;

/// <summary>The preview shows a body only when it may: account links never, reminder bodies once rendered.</summary>
public sealed class OutboxPreviewTests : MudBlazorTestContext
{
    private IRenderedComponent<OutboxPreview> Render(OutboxBody body) => Render<OutboxPreview>(p => p.Add(c => c.Body, body));

    [Fact]
    public void RenderedEmail_ShowsHtmlInAScriptlessSandbox_AndTheTextTwin()
    {
        var cut = Render(new OutboxBody(OutboxPurpose.Reminders, false, "<p>4 CE hours to go</p>", "4 CE hours to go"));

        var frame = cut.Find("[data-testid=outbox-html]");
        Assert.Equal("", frame.GetAttribute("sandbox"));
        Assert.Equal("<p>4 CE hours to go</p>", frame.GetAttribute("srcdoc"));
        Assert.Equal("4 CE hours to go", cut.Find("[data-testid=outbox-text]").TextContent);
    }

    [Fact]
    public void AccountEmail_HidesItsLink()
    {
        var cut = Render(new OutboxBody(OutboxPurpose.Account, true, null, null));

        Assert.Contains("Account email: its link is not shown", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("iframe"));
    }

    [Fact]
    public void RemindersEmailNotYetSent_SaysWhenItIsRendered()
    {
        var cut = Render(new OutboxBody(OutboxPurpose.Reminders, false, null, null));

        Assert.Contains("Rendered when sent", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("iframe"));
    }
}
