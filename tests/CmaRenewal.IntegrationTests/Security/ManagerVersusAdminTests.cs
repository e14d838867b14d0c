using System.Net;
using System.Text.Json;
using CmaRenewal.Application.Imports;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Issue 9, "Managers and admins": Rachel manages Riverside, the home clinic of Ada the admin. She may see Ada but
/// change nothing of hers, by any write: each answers 403 with the same reason, while Victor (who cannot see Ada) gets
/// 404, and Rachel's writes for Maria still work. The import and the person page follow the same rule.
/// </summary>
public sealed class ManagerVersusAdminTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Refusal = "Only an admin can change an admin.";
    private const string Activity = """{"completedOn":"2025-06-01","title":"Manager wrote this","provider":"Provider","amount":2,"unit":"aama-ceu","category":"clinical","approvedProvider":true}""";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ApiWorld World => fixture.World;

    public static TheoryData<string, string, string?> AdminWrites() => new()
    {
        { "POST", "/api/v1/people/{ada}/credentials", """{"packCode":"CMA-AAMA","certifiedOn":"2024-01-10","number":"MGR-{unique}"}""" },
        { "PUT", "/api/v1/credentials/{adaCredential}", """{"packCode":"CMA-AAMA","certifiedOn":"2024-03-16","number":"MGR-{unique}","version":"{adaCredentialVersion}"}""" },
        { "POST", "/api/v1/credentials/{adaCredential}/fee-payments", """{"paidOn":"2025-06-01","paidThrough":"2026-06-30","amount":50}""" },
        { "POST", "/api/v1/people/{ada}/activities", Activity },
        { "POST", "/api/v1/activities/{adaActivity}/verify", """{"version":"{adaActivityVersion}"}""" },
        { "POST", "/api/v1/activities/{adaActivity}/reject", """{"version":"{adaActivityVersion}","comment":"No certificate."}""" },
        { "PUT", "/api/v1/people/{ada}/active", """{"active":false}""" },
    };

    [Theory]
    [MemberData(nameof(AdminWrites))]
    public async Task TheManagerOfTheAdminsClinic_IsRefused403_WithOneReason_AndNothingChanges(string method, string path, string? body)
    {
        var filled = await World.FillAsync(path, body);
        var before = await FingerprintOfAdaAsync();

        var (status, problem) = await SendAsync(Actor.Rachel, method, filled);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(Refusal, problem.GetProperty("detail").GetString());
        Assert.Equal(before, await FingerprintOfAdaAsync());
    }

    [Theory]
    [MemberData(nameof(AdminWrites))]
    public async Task AManagerWhoCannotSeeTheAdmin_GetsNotFound(string method, string path, string? body)
    {
        var (status, _) = await SendAsync(Actor.Victor, method, await World.FillAsync(path, body));

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task TheSameManager_StillAddsACredentialForAnAssistantOfHerClinic()
    {
        var (status, _) = await SendAsync(Actor.Rachel, "POST", await World.FillAsync("/api/v1/people/{maria}/credentials",
            """{"packCode":"RMA-AMT","certifiedOn":"2024-01-10","number":"MGR-{unique}"}"""));

        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task ImportingACredentialForTheAdmin_AsHerClinicsManager_IsAProblemOnTheRow_WithTheSameReason()
    {
        var rachel = await World.PersonAsync(DemoPeople.Rachel);
        var scope = await fixture.App.Services.GetRequiredService<AccessScopes>().ForPersonAsync(rachel, Ct);
        var csv = $"email,credential,number,certified_on,last_recertified_on,fee_paid_through\n{DemoPeople.Ada},RMA-AMT,IMP-1,2024-01-10,,\n";
        await using var services = fixture.App.Services.CreateAsyncScope();
        var import = services.ServiceProvider.GetRequiredService<ImportHandler>();

        var report = (await import.RunAsync(scope, new ImportRequest(ImportKind.Credentials, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)),
            "admin.csv", DryRun: false, SkipInvalid: false), Ct)).Value!;

        Assert.False(report.Written);
        Assert.Equal(new ImportProblem(2, "email", DemoPeople.Ada, Refusal), Assert.Single(report.Problems));
    }

    [Fact]
    public async Task TheAdminsPage_ShowsHerManagerNoButtonToChangeHer_WhileMariasDoes()
    {
        using var client = await fixture.App.SignedInAsync(DemoPeople.Rachel);
        var ada = await World.PersonAsync(DemoPeople.Ada);
        var maria = await World.PersonAsync(DemoPeople.Maria);

        var adaPage = await client.GetStringAsync(new Uri($"/people/{ada}", UriKind.Relative), Ct);
        var mariaPage = await client.GetStringAsync(new Uri($"/people/{maria}", UriKind.Relative), Ct);

        Assert.Contains("Ada Admin", adaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-credential\"", adaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"log-ce\"", adaPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"add-credential\"", mariaPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStaffList_OffersHerManagerNoDeactivateForTheAdmin_WhileItDoesForMaria()
    {
        using var client = await fixture.App.SignedInAsync(DemoPeople.Rachel);

        var rows = (await client.GetStringAsync(new Uri("/staff/people", UriKind.Relative), Ct)).Split("<tr", StringSplitOptions.None);

        Assert.DoesNotContain("Deactivate", Assert.Single(rows, r => r.Contains(DemoPeople.Ada, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("Deactivate", Assert.Single(rows, r => r.Contains(DemoPeople.Maria, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    // filled: the path and the body (empty for none) as ApiWorld.FillAsync gives them.
    private async Task<(HttpStatusCode Status, JsonElement Problem)> SendAsync(Actor actor, string method, string[] filled)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(filled[0], UriKind.Relative));
        if (filled[1].Length > 0) request.Content = new StringContent(filled[1], System.Text.Encoding.UTF8, "application/json");
        using var response = await fixture.Client(actor).SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    // Everything a write could change about Ada, in one comparable string.
    private Task<string> FingerprintOfAdaAsync() => World.WithDbAsync(async db =>
    {
        var ada = await db.People.AsNoTracking().SingleAsync(p => p.Email == DemoPeople.Ada, Ct);
        var credentials = await db.Credentials.AsNoTracking().Where(c => c.PersonId == ada.Id).Select(c => new { c.Id, c.Number, c.CertifiedOn }).ToListAsync(Ct);
        var ids = credentials.Select(c => c.Id).ToList();
        var fees = await db.FeePayments.AsNoTracking().CountAsync(f => ids.Contains(f.CredentialId), Ct);
        var activities = await db.CeActivities.AsNoTracking().Where(a => a.PersonId == ada.Id).Select(a => new { a.Id, a.Verification, a.Title }).ToListAsync(Ct);
        return $"{ada.IsActive}|{string.Join(",", credentials.OrderBy(c => c.Id))}|{fees}|{string.Join(",", activities.OrderBy(a => a.Id))}";
    });
}
