using System.Net;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.IntegrationTests.Admin;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

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

        var admin = await app.SignedInAsync(DemoPeople.Ada);
        var rules = await admin.GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);
        Assert.Contains("Our policies (not the certifying body", rules, StringComparison.Ordinal);
        Assert.Contains("30 days before expiry (organisation default)", rules, StringComparison.Ordinal);
        Assert.Contains("unverified: amountNonMember", rules, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/policies\"", rules, StringComparison.Ordinal);

        var policies = await admin.GetStringAsync(new Uri("/admin/policies", UriKind.Relative), Ct);
        Assert.Contains("Organisation default", policies, StringComparison.Ordinal);
        Assert.Contains("Lakeside Pediatrics", policies, StringComparison.Ordinal);

        var manager = await (await app.SignedInAsync(DemoPeople.Rachel)).GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);
        Assert.Contains("CE lead time at Riverside Family Medicine", manager, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/policies\"", manager, StringComparison.Ordinal);

        var maria = await (await app.SignedInAsync(DemoPeople.Maria)).GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);
        Assert.DoesNotContain("CE lead time at", maria, StringComparison.Ordinal);
        var refused = await (await app.SignedInAsync(DemoPeople.Rachel)).GetAsync(new Uri("/admin/policies", UriKind.Relative), Ct);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task AClinicsLeadTime_GivesThePersonPageAndTheSqlTotalsTheSameCeDue_OtherClinicsKeepTheDefault()
    {
        await using var factory = new AppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(
            s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero)))));
        await SetRiversideLeadTimeAsync(app, 45);
        using var scope = app.Services.CreateScope();
        var detail = scope.ServiceProvider.GetRequiredService<PersonDetailQuery>();
        var admin = await scope.ServiceProvider.AdminAsync(Ct);

        var grid = await scope.ServiceProvider.GetRequiredService<ComplianceQueries>().EvaluateAsync(ComplianceScope.Organization, new DateOnly(2026, 6, 15), Ct);

        var clinics = await ClinicNamesAsync(app);
        var aama = grid.Where(r => r.PackCode == "CMA-AAMA").ToList();
        Assert.Contains(aama, r => clinics[r.ClinicId] == "Riverside Family Medicine");
        Assert.Contains(aama, r => clinics[r.ClinicId] != "Riverside Family Medicine");
        foreach (var row in aama)
        {
            var days = clinics[row.ClinicId] == "Riverside Family Medicine" ? 45 : 30;
            var page = (await detail.OpenAsync(admin, new PersonDetailRequest(row.PersonId), Ct)).Value!.Credentials.Single(c => c.Id == row.CredentialId).Result;
            Assert.Equal(row.Result.Cycle.Expires.AddDays(-days), row.Result.DateOf(MilestoneKind.CeCompleteBy));
            Assert.Equal(row.Result.DateOf(MilestoneKind.CeCompleteBy), page.DateOf(MilestoneKind.CeCompleteBy));
            Assert.Equal(row.Result.DateOf(MilestoneKind.SubmitBy), page.DateOf(MilestoneKind.SubmitBy));
        }
    }

    private static async Task<Dictionary<long, string>> ClinicNamesAsync(WebApplicationFactory<Program> app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        return await db.Clinics.ToDictionaryAsync(c => c.Id, c => c.Name, Ct);
    }

    private static async Task SetRiversideLeadTimeAsync(WebApplicationFactory<Program> app, int days)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        var riverside = await db.Clinics.SingleAsync(c => c.Name == "Riverside Family Medicine", Ct);
        riverside.UseLeadTime(days);
        await db.SaveChangesAsync(Ct);
    }
}
