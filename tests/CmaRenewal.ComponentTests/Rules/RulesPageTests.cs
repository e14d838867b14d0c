using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.Policies;
using CmaRenewal.Web.Components.Pages.Rules;

namespace CmaRenewal.ComponentTests.Rules;

/// <summary>/rules shows our policies apart from the bodies' rules, and marks each unverified value with its reason.</summary>
public sealed class RulesPageTests : MudBlazorTestContext
{
    private static readonly LeadTimesView Manager = new(30, [new ClinicLeadTime(1, "Riverside", 45), new ClinicLeadTime(2, "Lakeside", null)], CanEdit: false);

    [Fact]
    public void Policies_AreASectionOfTheirOwn_WithTheLeadTimeAndWhatItAppliesTo()
    {
        var cut = Render<PoliciesSection>(p => p.Add(c => c.LeadTimes, Manager).Add(c => c.Packs, Packs.Shipped.All.ToList()));

        var section = cut.Find("[data-testid=our-policies]");
        Assert.Contains("Our policies (not the certifying body's rules)", section.TextContent, StringComparison.Ordinal);
        var leadTime = cut.Find("[data-testid=policy-lead-time]").TextContent;
        Assert.Contains("30 days before expiry (organisation default)", leadTime, StringComparison.Ordinal);
        Assert.Contains("for CMA-AAMA", leadTime, StringComparison.Ordinal);
        Assert.Contains("AAMA: up to 30 days", leadTime, StringComparison.Ordinal);
    }

    [Fact]
    public void AClinicsOwnLeadTime_IsListed_AndOnlyAdminsAreToldWhereToChangeIt()
    {
        var cut = Render<PoliciesSection>(p => p.Add(c => c.LeadTimes, Manager).Add(c => c.Packs, Packs.Shipped.All.ToList()));

        var clinic = Assert.Single(cut.FindAll("[data-testid=policy-clinic-lead-time]"));
        Assert.Contains("Riverside", clinic.TextContent, StringComparison.Ordinal);
        Assert.Contains("45 days", clinic.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("a[href='/admin/policies']"));

        var admin = Render<PoliciesSection>(p => p.Add(c => c.LeadTimes, Manager with { CanEdit = true }).Add(c => c.Packs, Packs.Shipped.All.ToList()));
        Assert.Single(admin.FindAll("a[href='/admin/policies']"));
    }

    [Fact]
    public void TheAamaRenewalRule_NoLongerCarriesALeadTime()
    {
        var cut = Render<RulePackVersionView>(p => p.Add(c => c.Version, Packs.Get("CMA-AAMA").Latest));

        var renewal = cut.FindAll("tr").Single(r => r.TextContent.TrimStart().StartsWith("renewal", StringComparison.Ordinal));
        Assert.Contains("how early we ask for CE and the application is our lead-time policy", renewal.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NCMA-NCCT", "unverified: total", "14 clock hours")]
    [InlineData("NCMA-NCCT", "unverified: amount", "$77 is unconfirmed")]
    [InlineData("CCMA-NHA", "unverified: anchor", "same day two years on is not published")]
    [InlineData("CMA-AAMA", "unverified: amountNonMember", "exam-route recertificant fee")]
    public void EachUnverifiedValue_ShowsAMarkerAndItsReason(string pack, string marker, string reason)
    {
        var cut = Render<RulePackVersionView>(p => p.Add(c => c.Version, Packs.Get(pack).Latest));

        var flags = cut.FindAll("[data-testid=unverified-value]").Select(f => f.TextContent).ToList();
        Assert.Contains(flags, f => f.Contains(marker, StringComparison.Ordinal) && f.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(Packs.Get(pack).Latest.UnverifiedValues().Count(), flags.Count);
    }

    [Fact]
    public void APackWithEveryValueVerified_ShowsNoMarker()
    {
        var cut = Render<RulePackVersionView>(p => p.Add(c => c.Version, Packs.Get("BLS-AHA").Latest));

        Assert.Empty(cut.FindAll("[data-testid=unverified-value]"));
    }

    [Theory]
    [InlineData("en", "Our policies (not the certifying body's rules)", "30 days before expiry (organisation default)", "AAMA: up to 30 days")]
    [InlineData("es", "Nuestras políticas (no son reglas del organismo certificador)", "30 días antes del vencimiento (valor de la organización)", "AAMA: hasta 30 días")]
    public void Policies_ReadInTheReadersLanguage(string language, string heading, string leadTime, string processing)
    {
        var cut = RenderIn<PoliciesSection>(language, p => p.Add(c => c.LeadTimes, Manager).Add(c => c.Packs, Packs.Shipped.All.ToList()));

        Assert.Contains(heading, cut.Find("[data-testid=our-policies]").TextContent, StringComparison.Ordinal);
        var row = cut.Find("[data-testid=policy-lead-time]").TextContent;
        Assert.Contains(leadTime, row, StringComparison.Ordinal);
        Assert.Contains(processing, row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Version 1, in force for cycles starting on or after ", "unverified: total")]
    [InlineData("es", "Versión 1, vigente para ciclos que empiezan el ", "sin verificar: total")]
    public void APacksVersion_ReadsInTheReadersLanguage_WithItsDateAsPeopleWriteIt(string language, string inForce, string flag)
    {
        using (AppCulture.Use(language))
        {
            var version = Packs.Get("NCMA-NCCT").Latest;
            var cut = Render<RulePackVersionView>(p => p.Add(c => c.Version, version));

            Assert.Contains(inForce + PlainFormat.Date(version.EffectiveFrom), cut.Markup, StringComparison.Ordinal);
            Assert.Contains(flag, cut.Markup, StringComparison.Ordinal);
        }
    }
}
