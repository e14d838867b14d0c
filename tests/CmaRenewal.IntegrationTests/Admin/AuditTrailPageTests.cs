using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Clinics;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Admin;

public sealed class AuditTrailPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Admin_SeesChangesWithWhoAndWhat()
    {
        await using var app = new AppFactory();
        await ChangeClinicsAsync(app);
        using var client = await app.SignedInAsync(DemoPeople.Ada);

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/admin/audit", UriKind.Relative), Ct));

        Assert.Contains("data-testid=\"audit-table\"", html, StringComparison.Ordinal);
        Assert.Contains("Changed clinic Clinic 1 renamed", html, StringComparison.Ordinal);
        Assert.Contains("Name: Clinic 1 → Clinic 1 renamed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Name\":", html, StringComparison.Ordinal);  // no JSON blob
        Assert.Contains(DemoPeople.Ada, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_FiltersByTypeIdAndActor_AndPages()
    {
        await using var app = new AppFactory();
        await ChangeClinicsAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditQuery>();
        var ada = await scope.ServiceProvider.AdminAsync(Ct);

        var clinics = (await audit.PageAsync(ada, new AuditFilter(EntityType: "Clinic"), 0, 2, Ct)).Value!;
        var one = (await audit.PageAsync(ada, new AuditFilter(EntityType: "Clinic", EntityId: clinics.Entries[0].EntityId), 0, 25, Ct)).Value!;
        var byAda = (await audit.PageAsync(ada, new AuditFilter(Actor: "ada.admin"), 0, 25, Ct)).Value!;

        Assert.Equal(4, clinics.Total);
        Assert.Equal(2, clinics.Entries.Count);
        Assert.All(one.Entries, e => Assert.Equal(clinics.Entries[0].EntityId, e.EntityId));
        Assert.Equal(4, byAda.Total);
        Assert.Equal(0, ((await audit.PageAsync(ada, new AuditFilter(Actor: "nobody-at-all"), 0, 25, Ct)).Value!).Total);
    }

    // Three new clinics and a rename: four audited changes by the admin.
    private static async Task ChangeClinicsAsync(AppFactory app)
    {
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var ada = await scope.ServiceProvider.AdminAsync(Ct);
        for (var i = 1; i <= 3; i++) await clinics.CreateAsync(ada, $"Clinic {i}", "America/Denver", Ct);
        var first = (await clinics.ListAsync(ada, Ct)).Value!.Single(c => c.Name == "Clinic 1");
        await clinics.RenameAsync(ada, first.Id, "Clinic 1", "Clinic 1 renamed", Ct);
    }
}
