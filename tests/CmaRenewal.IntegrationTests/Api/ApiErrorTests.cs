using System.Net;
using System.Net.Http.Json;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>Errors are problem documents with the right status, and a refused request writes nothing.</summary>
public sealed class ApiErrorTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{\"title\": \"Broken\", ")]
    [InlineData("not json at all")]
    [InlineData("{\"amount\": \"ten\"}")]
    public async Task MalformedJson_Is400Problem_AndNothingIsWritten(string body)
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var before = await CountActivitiesAsync(maria);

        using var response = await PostAsync(Actor.Maria, $"/api/v1/people/{maria}/activities", body);

        await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, await CountActivitiesAsync(maria));
    }

    [Fact]
    public async Task InvalidActivity_Is400NamingTheFields_AndNothingIsWritten()
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var before = await CountActivitiesAsync(maria);

        using var response = await PostAsync(Actor.Maria, $"/api/v1/people/{maria}/activities",
            """{"completedOn":"2999-01-01","title":"","provider":"P","amount":-1,"unit":"aama-ceu"}""");

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("completedOn", out _));
        Assert.True(errors.TryGetProperty("amount", out _));
        Assert.Equal(before, await CountActivitiesAsync(maria));
    }

    [Fact]
    public async Task InvalidCredential_Is400NamingTheFields_AndNothingIsWritten()
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var before = await fixture.World.WithDbAsync(db => db.Credentials.CountAsync(c => c.PersonId == maria, Ct));

        using var response = await PostAsync(Actor.Rachel, $"/api/v1/people/{maria}/credentials", """{"packCode":"NOPE","certifiedOn":"yesterday"}""");

        var errors = (await ExpectProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("packCode", out _));
        Assert.True(errors.TryGetProperty("certifiedOn", out _));
        Assert.Equal(before, await fixture.World.WithDbAsync(db => db.Credentials.CountAsync(c => c.PersonId == maria, Ct)));
    }

    [Fact]
    public async Task InviteToAnotherClinic_Is400OnClinic_AndNobodyIsCreated()
    {
        var riverside = await fixture.World.ClinicAsync("Riverside Family Medicine");
        var email = $"victor-invite-{Guid.NewGuid():N}@example.test";

        using var response = await PostAsync(Actor.Victor, "/api/v1/people",
            $$"""{"email":"{{email}}","firstName":"A","lastName":"B","clinicId":{{riverside}}}""");

        var errors = (await ExpectProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("clinicId", out _));
        Assert.False(await fixture.World.WithDbAsync(db => db.People.AnyAsync(p => p.Email == email, Ct)));
    }

    [Fact]
    public async Task AnotherClinicsActivity_Is404()
    {
        var tom = await fixture.World.PersonAsync(DemoPeople.Tom);
        var (activity, version) = await fixture.World.FreshActivityAsync(tom);

        using var read = await fixture.Client(Actor.Rachel).GetAsync(new Uri($"/api/v1/activities/{activity}", UriKind.Relative), Ct);
        using var verify = await PostAsync(Actor.Rachel, $"/api/v1/activities/{activity}/verify", $$"""{"version":"{{version}}"}""");

        await ExpectProblemAsync(read, HttpStatusCode.NotFound);
        await ExpectProblemAsync(verify, HttpStatusCode.NotFound);
        Assert.Equal(Core.ContinuingEducation.VerificationStatus.Unverified,
            await fixture.World.WithDbAsync(db => db.CeActivities.Where(a => a.Id == activity).Select(a => a.Verification).SingleAsync(Ct)));
    }

    [Fact]
    public async Task StaleVersion_Is409_AndTheEntryIsUnchanged()
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var (activity, _) = await fixture.World.FreshActivityAsync(maria);

        using var response = await fixture.Client(Actor.Maria).PutAsync(new Uri($"/api/v1/activities/{activity}", UriKind.Relative), Json(
            $$"""{"completedOn":"2025-05-01","title":"Changed","provider":"P","amount":1,"unit":"aama-ceu","category":"clinical","version":"{{Guid.NewGuid()}}"}"""), Ct);

        await ExpectProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("API test course", await fixture.World.WithDbAsync(db => db.CeActivities.Where(a => a.Id == activity).Select(a => a.Title).SingleAsync(Ct)));
    }

    [Fact]
    public async Task CorrectAndDelete_WithTheVersionRead_Work()
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var (activity, _) = await fixture.World.FreshActivityAsync(maria);
        var client = fixture.Client(Actor.Maria);
        var read = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/activities/{activity}", UriKind.Relative), Ct);

        using var put = await client.PutAsync(new Uri($"/api/v1/activities/{activity}", UriKind.Relative), Json(
            $$"""{"completedOn":"2025-05-01","title":"Corrected","provider":"P","amount":1.5,"unit":"aama-ceu","category":"clinical","version":"{{read.GetProperty("version").GetGuid()}}"}"""), Ct);
        var corrected = await put.Content.ReadFromJsonAsync<JsonElement>(Ct);
        using var delete = await client.DeleteAsync(new Uri($"/api/v1/activities/{activity}?version={corrected.GetProperty("version").GetGuid()}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Corrected", corrected.GetProperty("title").GetString());
        Assert.Equal(1.5m, corrected.GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.False(await fixture.World.WithDbAsync(db => db.CeActivities.AnyAsync(a => a.Id == activity, Ct)));
    }

    [Fact]
    public async Task RoleChange_FromAStaleRole_Is409_AndTheRoleStays()
    {
        var person = await fixture.World.FreshPersonAsync(await fixture.World.ClinicAsync("Riverside Family Medicine"));

        using var response = await fixture.Client(Actor.Ada).PutAsync(new Uri($"/api/v1/people/{person}/role", UriKind.Relative),
            Json("""{"expected":"Manager","role":"Admin"}"""), Ct);

        await ExpectProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(Core.People.PersonRole.Assistant, await fixture.World.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.Role).SingleAsync(Ct)));
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem_NotTheAppsPage()
    {
        using var response = await fixture.Client(Actor.Ada).GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative), Ct);

        await ExpectProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lists_ArePaged_WithTotalAndLinks()
    {
        using var response = await fixture.Client(Actor.Ada).GetAsync(new Uri("/api/v1/people?page=2&pageSize=3", UriKind.Relative), Ct);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(3, page.GetProperty("pageSize").GetInt32());
        var total = page.GetProperty("total").GetInt32();
        Assert.True(total > 6);
        Assert.Equal((total + 2) / 3, page.GetProperty("totalPages").GetInt32());
        var links = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("</api/v1/people?page=3&pageSize=3>; rel=\"next\"", links, StringComparison.Ordinal);
        Assert.Contains("</api/v1/people?page=1&pageSize=3>; rel=\"prev\"", links, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    public async Task BadPaging_Is400NamingTheParameter(string query)
    {
        using var response = await fixture.Client(Actor.Ada).GetAsync(new Uri($"/api/v1/people?{query}", UriKind.Relative), Ct);

        var errors = (await ExpectProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(query.Split('=')[0], out _));
    }

    [Fact]
    public async Task BadDateInQuery_Is400Problem()
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);

        using var response = await fixture.Client(Actor.Maria).GetAsync(new Uri($"/api/v1/people/{maria}/compliance?asOf=June", UriKind.Relative), Ct);

        await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private Task<int> CountActivitiesAsync(long personId) => fixture.World.WithDbAsync(db => db.CeActivities.CountAsync(a => a.PersonId == personId, Ct));

    private async Task<HttpResponseMessage> PostAsync(Actor actor, string path, string body) =>
        await fixture.Client(actor).PostAsync(new Uri(path, UriKind.Relative), Json(body), Ct);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, MediaTypeNames.Application.Json);

    private static async Task<JsonElement> ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
