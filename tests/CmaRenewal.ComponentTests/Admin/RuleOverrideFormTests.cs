using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Rules;
using CmaRenewal.Web.Features.Admin.Rules;
using static CmaRenewal.TestKit.Dates;

namespace CmaRenewal.ComponentTests.Admin;

/// <summary>The override form shows the checks' verdict inline, and only a valid draft is saved.</summary>
public sealed class RuleOverrideFormTests : MudBlazorTestContext
{
    private static readonly RulePack Aama = Packs.Get("CMA-AAMA");
    private readonly List<OverrideDraft> saved = [];

    private static OverrideDraft Draft()
    {
        var draft = OverrideDraft.From(Aama);
        draft.EffectiveFrom = new DateTime(2027, 1, 1);
        draft.Reason = "AAMA raised the total";
        return draft;
    }

    // Stands in for the service: the same checks, and a "save" only when they pass.
    private Task<string?> SaveAsync(OverrideDraft draft)
    {
        var check = OverrideCheck.Run(Aama, [], draft, D("2026-11-27"));
        if (check.Error is null) saved.Add(draft);
        return Task.FromResult(check.Error);
    }

    private IRenderedComponent<RuleOverrideForm> Render(OverrideDraft draft) =>
        Render<RuleOverrideForm>(p => p.Add(f => f.Draft, draft).Add(f => f.OnSave, SaveAsync));

    [Theory]
    [InlineData("total", "ce.categories: the category minimums add up to more than the total.")]
    [InlineData("approved", "ce.approvedProvider.minimum: is more than the CE total.")]
    [InlineData("grace", "lapse.lateCeGrace: 'ninety days' is not a period such as P60M or P90D.")]
    [InlineData("factor", "ce.conversions[2].factor: must be positive.")]
    [InlineData("fee", "fees[0].amount: must not be negative.")]
    [InlineData("reason", "Say why the rule changes: the reason is required.")]
    [InlineData("verified", "A rule can only be marked verified with the address of the page that says so.")]
    [InlineData("date", "The new version must take effect after 2020-01-01, when version 1 did.")]
    public void InvalidValue_IsShownInlineAndNothingIsSaved(string field, string message)
    {
        var draft = Draft();
        Break(draft, field);
        var cut = Render(draft);

        cut.Find("[data-testid=override-save]").Click();

        Assert.Equal(message, cut.Find("[data-testid=override-error]").TextContent.Trim());
        Assert.Empty(saved);
    }

    [Fact]
    public void ValidDraft_IsSavedWithoutAnError()
    {
        var draft = Draft();
        draft.CeTotal = 70;
        var cut = Render(draft);

        cut.Find("[data-testid=override-save]").Click();

        Assert.Empty(cut.FindAll("[data-testid=override-error]"));
        Assert.Equal(70, Assert.Single(saved).CeTotal);
    }

    [Theory]
    [InlineData("en", "Save as a new version", "Reason (required)")]
    [InlineData("es", "Guardar como nueva versión", "Motivo (obligatorio)")]
    public void Form_ReadsInTheReadersLanguage(string language, string save, string reason)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render(Draft());
            Assert.Equal(save, cut.Find("[data-testid=override-save]").TextContent.Trim());
            Assert.Contains(reason, cut.Markup, StringComparison.Ordinal);
        }
    }

    private static void Break(OverrideDraft draft, string field)
    {
        switch (field)
        {
            case "total": draft.CeTotal = 20; break;
            case "approved": draft.ApprovedMinimum = 61; break;
            case "grace": draft.LateCeGrace = "ninety days"; break;
            case "factor": draft.ConversionFactors["college-credit"] = 0; break;
            case "fee": draft.FeeAmounts["recertification"] = -5; break;
            case "reason": draft.Reason = " "; break;
            case "verified": draft.Verified = true; break;
            case "date": draft.EffectiveFrom = new DateTime(2020, 1, 1); break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "No such field.");
        }
    }
}
