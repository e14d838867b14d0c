using System.Net;
using System.Text;
using System.Text.Json;
using CmaRenewal.Application.Imports;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Issue 9, "Enumeration": a manager must not learn that an email is in use outside their clinics. Victor manages
/// Lakeside and Mesa; Maria (an assistant) and Ada (the admin) are at Riverside. Inviting either, or importing a row
/// with either's email, gives Victor one neutral answer, the same in both places and for both people, while the admin
/// is still told the address has an account.
/// </summary>
public sealed class EnumerationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Neutral = "This email cannot be used from your clinics. If the person should join one, ask an admin.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoPeople.Maria)]
    [InlineData(DemoPeople.Ada)]
    public async Task AManagerInvitingAnEmailUsedInAnotherClinic_GetsTheNeutralAnswer(string email)
    {
        var (status, detail) = await InviteAsync(Actor.Victor, email, "{lakeside}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Neutral, detail);
        Assert.DoesNotContain("account", detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnAdminInvitingAnEmailInUse_IsStillToldItHasAnAccount()
    {
        var (status, detail) = await InviteAsync(Actor.Ada, DemoPeople.Tom, "{riverside}");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal($"{DemoPeople.Tom} already has an account; nothing was created.", detail);
    }

    [Theory]
    [InlineData(DemoPeople.Maria)]
    [InlineData(DemoPeople.Ada)]
    public async Task AManagerImportingAnEmailUsedInAnotherClinic_GetsTheSameNeutralAnswer(string email)
    {
        var report = await ImportPeopleAsync(DemoPeople.Victor, $"{email},Some,One,Lakeside Pediatrics,Assistant,");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "email", Neutral), (problem.Line, problem.Column, problem.Reason));
    }

    [Fact]
    public async Task TheVerbImportingAnAdminsRow_IsStillToldWhy()
    {
        var report = await ImportPeopleAsync(null, $"{DemoPeople.Ada},Ada,Admin,Riverside Family Medicine,Assistant,");

        Assert.Equal("belongs to an admin: change admins on the People page", Assert.Single(report.Problems).Reason);
    }

    private async Task<(HttpStatusCode Status, string? Detail)> InviteAsync(Actor actor, string email, string clinic)
    {
        var body = (await fixture.World.FillAsync($$"""{"email":"{{email}}","firstName":"Some","lastName":"One","clinicId":{{clinic}},"role":"Assistant"}"""))[0];
        using var response = await fixture.Client(actor).PostAsync(new Uri("/api/v1/people", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return (response.StatusCode, problem.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
    }

    // As the /import page runs it for a signed-in manager (their scope from the database), or as the verb (null).
    private async Task<ImportReport> ImportPeopleAsync(string? managerEmail, string row)
    {
        var scope = managerEmail is null ? ImportHandler.System
            : await fixture.App.Services.GetRequiredService<AccessScopes>().ForPersonAsync(await fixture.World.PersonAsync(managerEmail), Ct);
        var csv = Encoding.UTF8.GetBytes($"email,first_name,last_name,clinic,role,time_zone\n{row}\n");
        await using var services = fixture.App.Services.CreateAsyncScope();
        var result = await services.ServiceProvider.GetRequiredService<ImportHandler>().RunAsync(scope,
            new ImportRequest(ImportKind.People, () => new MemoryStream(csv), "people.csv", DryRun: true, SkipInvalid: false), Ct);
        return result.Value!;
    }
}
