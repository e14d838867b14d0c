using AngleSharp.Dom;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.Web.Features.MyCredentials;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CmaRenewal.ComponentTests.MyCredentials;

/// <summary>Every bad entry shows its message under the field and never reaches the save callback.</summary>
public sealed class CeActivityFormTests : MudBlazorTestContext
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private readonly List<CeActivityInput> saved = [];

    private static readonly CredentialOption Cma = new(1, "CMA-AAMA", new HashSet<string> { Units.AamaCeu, Units.ClockHour });
    private static readonly CredentialOption Bls = new(2, "BLS-AHA", new HashSet<string>());

    [Theory]
    [InlineData("-2", "The amount must be more than zero.")]
    [InlineData("0", "The amount must be more than zero.")]
    [InlineData("500", "500 is more than one certificate shows in clock-hour (at most 100).")]
    [InlineData("1.255", "Use at most two decimals.")]
    public async Task BadAmount_ShowsWhy_AndSavesNothing(string amount, string message)
    {
        var cut = Form();
        await FillAsync(cut, "ce-title", "Infection control");
        await FillAsync(cut, "ce-provider", "Relias");
        await FillAsync(cut, "ce-amount", amount);

        await SaveAsync(cut);

        Assert.Contains(message, cut.Markup, StringComparison.Ordinal);
        Assert.Empty(saved);
    }

    [Fact]
    public async Task ElevenIacetCeus_AreMoreThanACertificateShows()
    {
        var cut = Form(new CeActivityInput { Title = "Coding", Provider = "AAPC", Unit = Units.IacetCeu, Amount = 11m, CompletedOn = "2026-01-10" });

        await SaveAsync(cut);

        Assert.Contains("11 is more than one certificate shows in iacet-ceu (at most 10).", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(saved);
    }

    [Theory]
    [InlineData("2026-06-16", "The date cannot be in the future (today is 2026-06-15).")]
    [InlineData("1949-12-31", "The date cannot be before 1950.")]
    [InlineData("", "Enter the date you completed the course.")]
    public async Task BadDate_ShowsWhy_AndSavesNothing(string date, string message)
    {
        var cut = Form();
        await FillAsync(cut, "ce-date", date);
        await FillAsync(cut, "ce-title", "Infection control");
        await FillAsync(cut, "ce-provider", "Relias");
        await FillAsync(cut, "ce-amount", "2");

        await SaveAsync(cut);

        Assert.Contains(message, cut.Markup, StringComparison.Ordinal);
        Assert.Empty(saved);
    }

    [Fact]
    public async Task MissingTitleAndProvider_AreNamed_AndNothingIsSaved()
    {
        var cut = Form();
        await FillAsync(cut, "ce-amount", "2");

        await SaveAsync(cut);

        Assert.Contains("Enter the course title.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Enter who provided the course.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(saved);
    }

    [Fact]
    public async Task GoodEntry_IsSaved_TowardEveryCredentialThatAcceptsItsUnit()
    {
        var cut = Form();
        await FillAsync(cut, "ce-title", "Infection control");
        await FillAsync(cut, "ce-provider", "Relias");
        await FillAsync(cut, "ce-amount", "2.5");

        await SaveAsync(cut);

        var input = Assert.Single(saved);
        Assert.Equal(("Infection control", 2.5m, "2026-06-15", Units.ClockHour), (input.Title, input.Amount!.Value, input.CompletedOn, input.Unit));
        Assert.Equal([1L], input.CredentialIds);
        Assert.DoesNotContain("mud-input-error", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<CeActivityForm> Form(CeActivityInput? initial = null) => Render<CeActivityForm>(p => p
        .Add(f => f.Today, Today)
        .Add(f => f.Categories, [new CategoryOption("clinical", "Clinical"), new CategoryOption("general", "General")])
        .Add(f => f.Credentials, [Cma, Bls])
        .Add(f => f.Initial, initial)
        .Add(f => f.OnSave, input => saved.Add(input)));

    private static IElement Input(IRenderedComponent<CeActivityForm> cut, string testId) =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    // Awaited to the end of each handler: MudBlazor's fields set their value asynchronously, so a change not awaited
    // may still be pending when the form is saved (seen once under CI load: two of the date errors did not show).
    private static Task FillAsync(IRenderedComponent<CeActivityForm> cut, string testId, string value) =>
        Input(cut, testId).ChangeAsync(new ChangeEventArgs { Value = value });

    private static Task SaveAsync(IRenderedComponent<CeActivityForm> cut) => cut.Find("[data-testid=ce-save]").ClickAsync(new MouseEventArgs());
}
