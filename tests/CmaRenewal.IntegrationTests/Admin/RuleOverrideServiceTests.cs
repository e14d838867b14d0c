using CmaRenewal.Application.Administration;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CmaRenewal.TestKit.Dates;

namespace CmaRenewal.IntegrationTests.Admin;

/// <summary>An override saved through the admin service changes what the running app's engine computes.</summary>
public sealed class RuleOverrideServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OverrideDraft RaiseAamaTo70()
    {
        var draft = OverrideDraft.From(Packs.Get("CMA-AAMA"));
        draft.CeTotal = 70;
        draft.EffectiveFrom = new DateTime(2027, 1, 1);
        draft.Reason = "AAMA raised the total to 70 points";
        return draft;
    }

    [Fact]
    public async Task SavedOverride_RaisesTheTotalOnlyForCyclesStartingAfterIt()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();

        var outcome = await scope.ServiceProvider.GetRequiredService<RuleOverrideService>().SaveAsync(await scope.ServiceProvider.AdminAsync(Ct), RaiseAamaTo70(), Ct);

        Assert.True(outcome.IsDone, outcome.Message);
        var engine = scope.ServiceProvider.GetRequiredService<ComplianceEngine>();
        Assert.Equal(60, Total(engine, "2026-06-15"));
        Assert.Equal(70, Total(engine, "2027-02-01"));
    }

    [Fact]
    public async Task SavedOverrides_AreAppliedAgainAtStart()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RuleOverrideService>().SaveAsync(await scope.ServiceProvider.AdminAsync(Ct), RaiseAamaTo70(), Ct);
        var holder = scope.ServiceProvider.GetRequiredService<RuleCatalogHolder>();
        holder.Replace(holder.Shipped);

        await scope.ServiceProvider.GetRequiredService<RuleOverrides>().ReloadAsync(Ct);

        Assert.Equal(70, holder.Current["CMA-AAMA"].Latest.Ce!.Total);
    }

    [Fact]
    public async Task InvalidOverride_SavesNothingAndNamesTheField()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var draft = RaiseAamaTo70();
        draft.CeTotal = 20;

        var outcome = await scope.ServiceProvider.GetRequiredService<RuleOverrideService>().SaveAsync(await scope.ServiceProvider.AdminAsync(Ct), draft, Ct);

        Assert.Equal("ce.categories: the category minimums add up to more than the total.", outcome.Message);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.RulePackOverrides.CountAsync(Ct));
        Assert.Equal(60, scope.ServiceProvider.GetRequiredService<IRuleCatalogSource>().Current["CMA-AAMA"].Latest.Ce!.Total);
    }

    [Fact]
    public async Task SavedOverride_IsAuditedUnderTheActor()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<RuleOverrideService>().SaveAsync(await scope.ServiceProvider.AdminAsync(Ct), RaiseAamaTo70(), Ct);

        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        var saved = await db.RulePackOverrides.SingleAsync(Ct);
        Assert.Equal(2, saved.Version);
        Assert.Equal(DemoPeople.Ada, saved.CreatedBy);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(RulePackOverride) && e.Actor == DemoPeople.Ada, Ct));
    }

    private static decimal Total(ComplianceEngine engine, string certifiedOn) =>
        engine.Evaluate(new CredentialFacts(1, "CMA-AAMA", D(certifiedOn), []), [], [], D("2028-06-01")).Progress!.Total.Required;
}
