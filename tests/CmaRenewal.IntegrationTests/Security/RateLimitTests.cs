using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Sign-in and password-reset posts are limited per address and per account, the API per token (and per address),
/// calendar feeds per token; past a limit the answer is 429 with Retry-After and a message that says so.
/// </summary>
public sealed class RateLimitTests
{
    private const string Attacker = "203.0.113.7", Other = "198.51.100.20", Third = "192.0.2.33";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_FromOneAddress_IsRefusedPastTheLimit_WhateverTheAccount()
    {
        await using var app = new LimitedApp([.. LimitedApp.Limit("SignInPerIp", 3)]);
        using var attacker = app.ClientFrom(Attacker);

        foreach (var email in new[] { DemoPeople.Maria, DemoPeople.Tom, DemoPeople.Ada })
            Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(attacker, email, SignIn.WrongPassword)).StatusCode);
        using var refused = await SignIn.PostLoginAsync(attacker, DemoPeople.Rachel, SignIn.WrongPassword);

        await ExpectTooManyAsync(refused, "sign-in");
        using var elsewhere = await SignIn.PostLoginAsync(app.ClientFrom(Other), DemoPeople.Rachel);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task SignIn_ForOneAccount_IsRefusedPastTheLimit_FromAnyAddress()
    {
        await using var app = new LimitedApp([.. LimitedApp.Limit("SignInPerAccount", 2)]);

        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(app.ClientFrom(Attacker), DemoPeople.Maria, SignIn.WrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(app.ClientFrom(Other), DemoPeople.Maria.ToUpperInvariant(), SignIn.WrongPassword)).StatusCode);
        using var refused = await SignIn.PostLoginAsync(app.ClientFrom(Third), DemoPeople.Maria, SignIn.WrongPassword);

        await ExpectTooManyAsync(refused, "sign-in");
        using var otherAccount = await SignIn.PostLoginAsync(app.ClientFrom(Third), DemoPeople.Tom);
        Assert.Equal(HttpStatusCode.Redirect, otherAccount.StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_IsLimitedPerAccountAndPerAddress()
    {
        await using var app = new LimitedApp([.. LimitedApp.Limit("SignInPerAccount", 1), .. LimitedApp.Limit("SignInPerIp", 2)]);

        Assert.Equal(HttpStatusCode.Redirect, (await LimitedApp.ForgotPasswordAsync(app.ClientFrom(Attacker), DemoPeople.Maria)).StatusCode);
        using var sameAccount = await LimitedApp.ForgotPasswordAsync(app.ClientFrom(Other), DemoPeople.Maria);
        Assert.Equal(HttpStatusCode.Redirect, (await LimitedApp.ForgotPasswordAsync(app.ClientFrom(Attacker), DemoPeople.Tom)).StatusCode);
        using var sameAddress = await LimitedApp.ForgotPasswordAsync(app.ClientFrom(Attacker), DemoPeople.Ada);

        await ExpectTooManyAsync(sameAccount, "password");
        await ExpectTooManyAsync(sameAddress, "password");
    }

    [Fact]
    public async Task Api_IsLimitedPerToken_AndOtherTokensAreUnaffected()
    {
        await using var app = new LimitedApp([.. LimitedApp.Limit("ApiPerToken", 3)]);
        using var busy = app.ClientFrom(Attacker, await app.NewTokenAsync(DemoPeople.Ada));
        using var quiet = app.ClientFrom(Attacker, await app.NewTokenAsync(DemoPeople.Rachel));

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync(People, Ct)).StatusCode);
        using var refused = await busy.GetAsync(People, Ct);

        await ExpectTooManyAsync(refused, "token");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":429", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await quiet.GetAsync(People, Ct)).StatusCode);
    }

    [Fact]
    public async Task Api_WithoutAValidToken_IsLimitedPerAddress()
    {
        await using var app = new LimitedApp([.. LimitedApp.Limit("ApiAndCalendarPerIp", 3)]);
        using var guesser = app.ClientFrom(Attacker);

        for (var i = 0; i < 3; i++)
        {
            using var guess = new HttpRequestMessage(HttpMethod.Get, People);
            guess.Headers.Authorization = new("Bearer", $"cma_guess{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.SendAsync(guess, Ct)).StatusCode);
        }
        using var refused = await guesser.GetAsync(People, Ct);

        await ExpectTooManyAsync(refused, "address");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ClientFrom(Other).GetAsync(People, Ct)).StatusCode);
    }

    [Fact]
    public async Task CalendarFeed_IsLimitedPerToken()
    {
        await using var app = new LimitedApp([.. LimitedApp.Limit("CalendarPerToken", 2)]);
        var busy = Feed(await app.FeedTokenAsync(DemoPeople.Maria));
        var quiet = Feed(await app.FeedTokenAsync(DemoPeople.Tom));
        using var calendarApp = app.ClientFrom(Attacker);

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(busy, Ct)).StatusCode);
        using var refused = await calendarApp.GetAsync(busy, Ct);

        await ExpectTooManyAsync(refused, "calendar");
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(quiet, Ct)).StatusCode);
    }

    private static readonly Uri People = new("/api/v1/people", UriKind.Relative);

    private static Uri Feed(string token) => new($"/calendar/{token}.ics", UriKind.Relative);

    private static async Task ExpectTooManyAsync(HttpResponseMessage response, string topic)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("429 without Retry-After in seconds.");
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Too many", body, StringComparison.Ordinal);
        Assert.Contains(topic, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("try again in", body, StringComparison.OrdinalIgnoreCase);
    }
}
