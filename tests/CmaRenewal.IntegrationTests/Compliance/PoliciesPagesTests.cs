using System.Net;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Compliance;

/// <summary>
/// /rules shows our policies apart from the rules, with each unverified value marked; a clinic's own lead time shows to
/// its manager and is edited by admins at /admin/policies (the small demo, prerendered HTML).
/// </summary>
public sealed class PoliciesPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rules_ShowsPoliciesApart_AClinicsLeadTimeToItsManager_AndTheAdminPageListsEveryClinic()
    {
        await using var app = new AppFactory();
        await SetRiversideLeadTimeAsync(app, 45);

        var admin = await app.SignedInAsync(SignIn.Admin);
        var rules = await admin.GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);
        Assert.Contains("Our policies (not the certifying body", rules, StringComparison.Ordinal);
        Assert.Contains("30 days before expiry (organisation default)", rules, StringComparison.Ordinal);
        Assert.Contains("unverified: amountNonMember", rules, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/policies\"", rules, StringComparison.Ordinal);

        var policies = await admin.GetStringAsync(new Uri("/admin/policies", UriKind.Relative), Ct);
        Assert.Contains("Organisation default", policies, StringComparison.Ordinal);
        Assert.Contains("Lakeside Pediatrics", policies, StringComparison.Ordinal);

        var manager = await (await app.SignedInAsync(SignIn.RiversideManager)).GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);
        Assert.Contains("CE lead time at Riverside Family Medicine", manager, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/policies\"", manager, StringComparison.Ordinal);

        var maria = await (await app.SignedInAsync(SignIn.Maria)).GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);
        Assert.DoesNotContain("CE lead time at", maria, StringComparison.Ordinal);
        var refused = await (await app.SignedInAsync(SignIn.RiversideManager)).GetAsync(new Uri("/admin/policies", UriKind.Relative), Ct);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static async Task SetRiversideLeadTimeAsync(AppFactory app, int days)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        var riverside = await db.Clinics.SingleAsync(c => c.Name == "Riverside Family Medicine", Ct);
        riverside.UseLeadTime(days);
        await db.SaveChangesAsync(Ct);
    }
}
