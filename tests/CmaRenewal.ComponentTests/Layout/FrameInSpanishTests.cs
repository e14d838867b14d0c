using CmaRenewal.Application.Localization;
using CmaRenewal.Web.Components;
using CmaRenewal.Web.Components.Layout;
using CmaRenewal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Sections;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.ComponentTests.Layout;

/// <summary>
/// The app's frame and shared pieces read in the reader's language: the theme menu, the status legend, the printed
/// header with its date as people write it, a confirmation's Cancel, and MudBlazor's own pager words.
/// </summary>
public sealed class FrameInSpanishTests : MudBlazorTestContext
{
    [Theory]
    [InlineData("en", "Theme: Match system")]
    [InlineData("es", "Tema: Igual que el sistema")]
    public void ThemeMenu_NamesTheChoice_InTheReadersLanguage(string language, string label) =>
        Assert.NotNull(RenderIn<ThemeMenu>(language, p => p.Add(m => m.Choice, ThemeChoice.System)).Find($"[aria-label='{label}']"));

    [Theory]
    [InlineData("en", "What the statuses mean")]
    [InlineData("es", "Qué significa cada estado")]
    public void StatusLegend_IsTitledInTheReadersLanguage(string language, string title) =>
        Assert.Equal(title, RenderIn<StatusLegend>(language).Find("summary").TextContent.Trim());

    [Theory]
    [InlineData("en", "Printed Mar 2, 2026")]
    [InlineData("es", "Impreso el 2 mar 2026")]
    public void PrintHeader_WritesThePrintedDate_AsPeopleReadIt(string language, string printed)
    {
        Services.AddSingleton<TimeProvider>(TestClock.Create());
        using (AppCulture.Use(language))
        {
            var cut = Render(b =>
            {
                b.OpenComponent<SectionOutlet>(0);
                b.AddComponentParameter(1, nameof(SectionOutlet.SectionName), PrintHeader.SectionName);
                b.CloseComponent();
                b.OpenComponent<PrintHeader>(2);
                b.AddComponentParameter(3, nameof(PrintHeader.Title), "My credentials");
                b.CloseComponent();
            });
            Assert.EndsWith(printed, cut.Find("[data-testid=print-header]").TextContent.Trim(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "Rows per page:", "1-10 of 20")]
    [InlineData("es", "Filas por página:", "1-10 de 20")]
    public void MudBlazorsPager_SpeaksTheReadersLanguage(string language, string rowsPerPage, string info)
    {
        var cut = RenderIn<MudDataGrid<int>>(language, p => p
            .Add(g => g.Items, Enumerable.Range(1, 20))
            .Add(g => g.PagerContent, (RenderFragment)(b =>
            {
                b.OpenComponent<MudDataGridPager<int>>(0);
                b.CloseComponent();
            })));

        Assert.Contains(rowsPerPage, cut.Markup, StringComparison.Ordinal);
        Assert.Contains(info, cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Cancel")]
    [InlineData("es", "Cancelar")]
    public void AConfirmation_OffersCancel_InTheReadersLanguage(string language, string cancel)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        using (AppCulture.Use(language))
        {
            // The dialog waits for an answer that never comes; only its buttons matter here.
            _ = provider.InvokeAsync(() => dialogs.ConfirmAsync("Delete?", "It goes.", "Delete"));
        }
        provider.WaitForAssertion(() => Assert.Contains(provider.FindAll("button"), b => b.TextContent.Trim() == cancel));
    }
}
