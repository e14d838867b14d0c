using CmaRenewal.Application.Localization;
using CmaRenewal.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.ComponentTests.Layout;

/// <summary>The app bar's language menu names the current language in it, in both cultures.</summary>
public sealed class LanguageMenuTests : MudBlazorTestContext
{
    [Theory]
    [InlineData("en", "Language: English")]
    [InlineData("es", "Idioma: Español")]
    public void NamesTheCurrentLanguage_InThatLanguage(string language, string label)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<LanguageMenu>();
            Assert.NotNull(cut.Find($"[aria-label='{label}']"));
        }
    }

    [Fact]
    public void EachChoice_GoesThroughTheSwitch_BackToThisPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/me?tab=2");
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<LanguageMenu>();
        cut.Find("button").Click();
        var spanish = popovers.Find("[data-testid=language-es]");
        Assert.Equal("/language?set=es&returnUrl=%2Fme%3Ftab%3D2", spanish.GetAttribute("href"));
    }

    [Fact]
    public void UntilFirstOpened_ItIsNoMudMenu_ThenItOpensAsOne()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<LanguageMenu>();

        // Closed and never used, the menu is its activator's markup: no component a circuit would keep.
        Assert.Empty(cut.FindComponents<MudMenu>());
        cut.Find("button").Click();

        Assert.Single(cut.FindComponents<MudMenu>());
        Assert.NotNull(popovers.Find("[data-testid=language-en]"));
        Assert.Equal("true", cut.Find("button[aria-haspopup=menu]").GetAttribute("aria-expanded"));
    }
}
