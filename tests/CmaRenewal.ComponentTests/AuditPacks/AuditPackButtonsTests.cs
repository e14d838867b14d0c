using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Features.AuditPacks;
using CmaRenewal.Web.Features.MyCredentials;
using static CmaRenewal.TestKit.Dates;

namespace CmaRenewal.ComponentTests.AuditPacks;

public sealed class AuditPackButtonsTests : MudBlazorTestContext
{
    // AAMA certified 2010-02-10, renewed 2014-11-03: one past cycle and the current one.
    private static readonly EngineBuilder Renewed = new EngineBuilder("CMA-AAMA", "2010-02-10").Renewed("2014-11-03");

    [Fact]
    public void Card_OffersTheCurrentCyclesPackFirst_ThenEachPastCycle_AsDownloads()
    {
        var engine = EngineBuilder.Engine();
        var links = AuditPackLink.For(engine, Renewed.Credential, D("2016-01-01"));
        var result = Renewed.EvaluateOn("2016-01-01");

        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(result)).Add(c => c.AuditPacks, links));

        var current = cut.Find("[data-testid=audit-pack-current]");
        Assert.Equal("/credentials/1/audit-pack", current.GetAttribute("href"));
        Assert.True(current.HasAttribute("download"));
        var past = cut.Find("[data-testid=audit-pack-past]");
        Assert.Equal("/credentials/1/audit-pack?cycle=2010-02-10", past.GetAttribute("href"));
        Assert.Contains("cycle of Feb 10, 2010", past.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_WithoutLinks_ShowsNoPackButtons()
    {
        var cut = Render<CredentialCard>(p => p.Add(c => c.Credential, View(Renewed.EvaluateOn("2016-01-01"))));

        Assert.Empty(cut.FindAll("[data-testid=audit-packs]"));
    }

    private static CredentialView View(ComplianceResult result) =>
        new(1, result.PackCode, "Certified Medical Assistant (AAMA)", "0123", Renewed.CertifiedOn, D("2014-11-03"), null, null, Guid.NewGuid(),
            Renewed.Credential, result, AuditReadiness.Ready);
}
