using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CmaRenewal.Application.ApiTokens;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>Only a working token of an active account opens the API; the sign-in cookie never does.</summary>
public sealed class ApiTokenAuthenticationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly Uri People = new("/api/v1/people", UriKind.Relative);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_ActsAsItsOwner()
    {
        using var client = fixture.App.WithToken((await fixture.App.NewTokenAsync(DemoPeople.Maria)).Secret);

        var page = await client.GetStringAsync(People, Ct);

        Assert.Contains(DemoPeople.Maria, page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoPeople.Tom, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangesThroughAToken_AreAuditedAsItsOwner()
    {
        var tom = await fixture.World.PersonAsync(DemoPeople.Tom);
        using var client = fixture.App.WithToken((await fixture.App.NewTokenAsync(DemoPeople.Victor)).Secret);

        using var response = await client.PostAsync(new Uri($"/api/v1/people/{tom}/credentials", UriKind.Relative), new StringContent(
            """{"packCode":"BLS-AHA","certifiedOn":"2025-02-01","number":"AUDIT-1","expiresOnOverride":"2027-02-28","overrideReason":"Printed on the card"}""",
            System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actor = await fixture.World.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Credential" && a.EntityId == id).Select(a => a.Actor).FirstAsync(Ct));
        Assert.Equal(DemoPeople.Victor, actor);
    }

    [Fact]
    public async Task RevokedToken_Is401()
    {
        var token = await fixture.App.NewTokenAsync(DemoPeople.Maria);
        using var client = fixture.App.WithToken(token.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(People, Ct)).StatusCode);

        await using (var scope = fixture.App.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(await fixture.App.UserIdAsync(DemoPeople.Maria), token.Token.Id, Ct)).IsDone);

        await ExpectUnauthorizedAsync(await client.GetAsync(People, Ct));
    }

    [Fact]
    public async Task ExpiredToken_Is401()
    {
        // The token service judges "today" on the app's clock, so the test asks that clock rather than the wall.
        var today = DateOnly.FromDateTime(fixture.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var token = await fixture.App.NewTokenAsync(DemoPeople.Maria, lastDay: today);
        // The same app and database on a clock of the test's: the last minute of the token's last day, then past it.
        var later = new FakeTimeProvider(new DateTimeOffset(today, new TimeOnly(23, 59), TimeSpan.Zero));
        using var app = fixture.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(later)));
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(People, Ct)).StatusCode);
        later.Advance(TimeSpan.FromMinutes(1));
        await ExpectUnauthorizedAsync(await client.GetAsync(People, Ct));
    }

    [Fact]
    public async Task TokenOfDeactivatedPerson_Is401()
    {
        using var client = fixture.App.WithToken((await fixture.App.NewTokenAsync(DemoPeople.Ava)).Secret);

        await ExpectUnauthorizedAsync(await client.GetAsync(People, Ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer cma_not-a-real-token")]
    [InlineData("Bearer something-else")]
    [InlineData("Basic bWFyaWE6cGFzcw==")]
    public async Task MissingOrUnknownToken_Is401WithAProblem(string? authorization)
    {
        using var client = fixture.App.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, People);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        await ExpectUnauthorizedAsync(await client.SendAsync(request, Ct));
    }

    [Fact]
    public async Task SignInCookie_DoesNotOpenTheApi()
    {
        using var browser = await fixture.App.SignedInAsync(DemoPeople.Ada);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/me", UriKind.Relative), Ct)).StatusCode);

        await ExpectUnauthorizedAsync(await browser.GetAsync(People, Ct));
    }

    [Fact]
    public async Task Use_RecordsLastUsed()
    {
        var token = await fixture.App.NewTokenAsync(DemoPeople.Tom);
        using var client = fixture.App.WithToken(token.Secret);

        await client.GetAsync(People, Ct);

        var lastUsed = await fixture.World.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == token.Token.Id).Select(t => t.LastUsedAt).SingleAsync(Ct));
        Assert.NotNull(lastUsed);
    }

    [Fact]
    public async Task Secret_IsStoredOnlyAsItsHash()
    {
        var token = await fixture.App.NewTokenAsync(DemoPeople.Tom);

        var row = await fixture.World.WithDbAsync(db => db.ApiTokens.SingleAsync(t => t.Id == token.Token.Id, Ct));

        Assert.StartsWith("cma_", token.Secret, StringComparison.Ordinal);
        Assert.Equal(Infrastructure.Identity.ApiToken.Hash(token.Secret), row.SecretHash);
        Assert.Equal(token.Secret[..8], row.Prefix);
        Assert.DoesNotContain(token.Secret, row.SecretHash, StringComparison.Ordinal);
    }

    private static async Task ExpectUnauthorizedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":401", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
