using System.Net.Http.Headers;
using CmaRenewal.Application.ApiTokens;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>API clients that carry a personal access token made through the tokens page's own service.</summary>
public static class ApiClients
{
    public static async Task<string> UserIdAsync(this WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return user?.Id ?? throw new InvalidOperationException($"No account for {email}.");
    }

    public static async Task<NewApiToken> NewTokenAsync(this WebApplicationFactory<Program> app, string email, string name = "tests", DateOnly? lastDay = null)
    {
        var userId = await app.UserIdAsync(email);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(userId, name, lastDay, CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Values));
    }

    public static HttpClient WithToken(this AppFactory app, string secret)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A client with a token of <paramref name="actor"/>'s (none for the anonymous actor).</summary>
    public static async Task<HttpClient> ApiClientAsync(this AppFactory app, Actor actor) =>
        actor.Email() is { } email ? app.WithToken((await app.NewTokenAsync(email)).Secret) : app.Anonymous();
}
