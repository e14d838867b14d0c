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
}
