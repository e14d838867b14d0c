using System.Net.Http.Json;
using System.Text.Json;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.AuditPacks;

// Readiness beside the status: every door that shows a status shows the audit drill's readiness of the same cycle, with
// the drill's own counts (the drill, the staff grid, the person page and the API), on Drew's one finding of each kind.
public sealed partial class AuditDrillTests
{
    private const string DrewsGaps = "certificates:1;unverified:1;outside_window:1;approved_share:1";

    [Fact]
    public async Task DrillGridAndPersonPage_GiveTheSameReadiness()
    {
        var rachel = await app.Services.ActorAsync(DemoPeople.Rachel, Ct);
        await using var scope = app.Services.CreateAsyncScope();
        var detail = scope.ServiceProvider.GetRequiredService<PersonDetailQuery>();

        var drill = (await detail.DrillAsync(rachel, null, Ct)).Value!.Single(r => r.CredentialId == drewCma);
        var grid = (await scope.ServiceProvider.GetRequiredService<OpenStaffGrid>().HandleAsync(rachel, new StaffGridRequest(drill.ClinicId), Ct))
            .Value!.Rows.Single(r => r.CredentialId == drewCma);
        var page = (await detail.OpenAsync(rachel, new PersonDetailRequest(drew), Ct)).Value!.Credentials.Single(c => c.Id == drewCma);

        Assert.Equal(new AuditReadiness(1, 1, 1, 1), drill.Readiness);
        Assert.Equal((drill.Readiness, drill.Status), (grid.Readiness, grid.Status));
        Assert.Equal((drill.Readiness, drill.Status), (page.Readiness, page.Result.Status));
        Assert.Equal(DrewsGaps, page.Readiness.Gaps);
    }

    [Fact]
    public async Task Api_PersonCompliance_AndCredential_CarryAuditReadyAndGaps()
    {
        using var client = app.WithToken((await app.NewTokenAsync(DemoPeople.Rachel)).Secret);

        var compliance = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/people/{drew}/compliance", UriKind.Relative), Ct);
        var credential = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/credentials/{drewCma}", UriKind.Relative), Ct);

        var item = compliance.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("credentialId").GetInt64() == drewCma);
        Assert.Equal((false, DrewsGaps), (item.GetProperty("auditReady").GetBoolean(), item.GetProperty("auditGaps").GetString()));
        Assert.Equal((false, DrewsGaps), (credential.GetProperty("auditReady").GetBoolean(), credential.GetProperty("auditGaps").GetString()));
    }

    [Fact]
    public async Task Api_ACredentialTheDrillFindsNothingIn_IsAuditReady_WithNoGaps()
    {
        var clean = await new PackWorld(app).NewCredentialAsync(drew, "BLS-AHA", PackWorld.Today.AddMonths(-3));
        using var client = app.WithToken((await app.NewTokenAsync(DemoPeople.Rachel)).Secret);

        var credential = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/credentials/{clean}", UriKind.Relative), Ct);

        Assert.Equal((true, ""), (credential.GetProperty("auditReady").GetBoolean(), credential.GetProperty("auditGaps").GetString()));
    }
}
