using CmaRenewal.Application.Common;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Web.Features.MyCredentials;

namespace CmaRenewal.ComponentTests.MyCredentials;

public sealed class CredentialCardTests : MudBlazorTestContext
{
    // AAMA certified 2020-03-10 with half its 60 points: on track in mid-2022 (calendar in UnitTests' StatusTests).
    private static readonly EngineBuilder HalfDone = new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 10, Units.AamaCeu, "administrative")
        .Ce("2020-06-01", 10, Units.AamaCeu, "clinical")
        .Ce("2020-06-01", 10, Units.AamaCeu, "general");

    [Fact]
    public void ShowsTheEnginesStatus_StillNeed_AndProgress()
    {
        var result = HalfDone.EvaluateOn("2022-06-01");

        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(result)));

        Assert.Equal(CredentialStatus.OnTrack.ToString(), cut.Find("[data-status]").GetAttribute("data-status"));
        Assert.Equal(result.StillNeed.Summary, cut.Find("[data-testid=still-need]").TextContent.Trim());
        Assert.StartsWith("30 more points", result.StillNeed.Summary, StringComparison.Ordinal);
        var total = cut.Find("[data-testid=progress-total]");
        Assert.Equal("30", total.GetAttribute("data-counted"));
        Assert.Equal("60", total.GetAttribute("data-required"));
        Assert.Equal("10", cut.Find("[data-testid=progress-clinical]").GetAttribute("data-counted"));
    }

    [Fact]
    public void ListsEveryMilestone_InDateOrder_WithItsDate()
    {
        var result = HalfDone.EvaluateOn("2022-06-01");

        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(result)));

        var shown = cut.FindAll("[data-milestone]").Select(m => (Kind: m.GetAttribute("data-milestone"), m.TextContent)).ToList();
        var expected = result.Milestones.OrderBy(m => m.Date).ToList();
        Assert.Equal(expected.Select(m => m.Kind.ToString()), shown.Select(s => s.Kind));
        Assert.All(expected.Zip(shown), pair => Assert.Contains(PlainFormat.Date(pair.First.Date), pair.Second.TextContent, StringComparison.Ordinal));
        Assert.Contains(expected, m => m.Kind == MilestoneKind.Expiration && m.Date == result.Cycle.Expires);
    }

    [Fact]
    public void CompleteCe_SaysNoMoreCeIsNeeded()
    {
        var result = new EngineBuilder("CMA-AAMA", "2020-03-10")
            .Ce("2020-06-01", 10, Units.AamaCeu, "administrative").Ce("2020-06-01", 10, Units.AamaCeu, "clinical")
            .Ce("2020-06-01", 40, Units.AamaCeu, "general").EvaluateOn("2022-06-01");

        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(result)));

        Assert.Equal("Compliant", cut.Find("[data-status]").GetAttribute("data-status"));
        Assert.Equal("No more CE needed", cut.Find("[data-testid=still-need]").TextContent.Trim());
    }

    [Theory]
    [InlineData("CCMA-NHA", "cycle anchor; fee renewal amount")]
    [InlineData("NCMA-NCCT", "CE total and categories total")]
    public void ACredentialJudgedByUnverifiedValues_SaysSo(string pack, string named)
    {
        var result = new EngineBuilder(pack, "2024-01-10").EvaluateOn("2024-06-01");

        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(result)));

        var line = cut.Find("[data-testid=unverified-rule]").TextContent;
        Assert.StartsWith("Based on an unverified rule (", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
    }

    [Fact]
    public void ACredentialWithEveryValueVerified_HasNoUnverifiedLine()
    {
        var result = new EngineBuilder("BLS-AHA", "2024-03-15").EvaluateOn("2024-06-01");

        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(result)));

        Assert.Empty(cut.FindAll("[data-testid=unverified-rule]"));
    }

    [Fact]
    public void ShowsWhatWouldFailAnAudit_BesideTheStatus()
    {
        var result = HalfDone.EvaluateOn("2022-06-01");

        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(result, new AuditReadiness(3, 2, 0, 0))));

        var gaps = cut.Find("[data-testid=audit-gaps]");
        Assert.Equal("· 3 certificates missing, 2 unverified", gaps.TextContent.Trim());
        Assert.Equal("certificates:3;unverified:2", gaps.GetAttribute("data-gaps"));
        // On the status's own line, beside the chip.
        Assert.NotNull(gaps.Closest("[data-testid=card-status]")?.QuerySelector("[data-status]"));
    }

    [Fact]
    public void AnAuditReadyCredential_ShowsTheStatusAlone()
    {
        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(HalfDone.EvaluateOn("2022-06-01"))));

        Assert.Empty(cut.FindAll("[data-testid=audit-gaps]"));
    }

    private static CredentialView View(ComplianceResult result, AuditReadiness? readiness = null) =>
        new(1, result.PackCode, "Certified Medical Assistant (AAMA)", "0123", HalfDone.CertifiedOn, null, null, null, Guid.NewGuid(),
            HalfDone.Credential, result, readiness ?? AuditReadiness.Ready);
}
