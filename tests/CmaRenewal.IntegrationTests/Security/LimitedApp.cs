using System.Net;
using CmaRenewal.Application.ApiTokens;
using CmaRenewal.Application.Calendar;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// The real app with tight rate limits, where each test client comes from its own address: the in-memory test
/// server has no remote address, so a startup filter takes it from a test-only header before the app sees it.
/// </summary>
internal sealed class LimitedApp : IAsyncDisposable
{
    public const string AddressHeader = "X-Test-Client-Address";
    private readonly AppFactory factory;

    public LimitedApp(params (string Key, string? Value)[] limits)
    {
        factory = new AppFactory(limits);
        App = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, AddressFromHeader>()));
    }

    public WebApplicationFactory<Program> App { get; }

    /// <summary>A limit of <paramref name="permits"/> per ten minutes, long enough never to refill during a test.</summary>
    public static (string, string?)[] Limit(string name, int permits) =>
        [($"RateLimits:{name}:PermitLimit", permits.ToString(System.Globalization.CultureInfo.InvariantCulture)), ($"RateLimits:{name}:Window", "00:10:00")];

    public HttpClient ClientFrom(string address, string? bearer = null)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        return client;
    }

    public static Task<HttpResponseMessage> ForgotPasswordAsync(HttpClient client, string email) =>
        SignIn.PostFormAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = email });

    public async Task<string> NewTokenAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account for {email}.");
        var result = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "limits", null, CancellationToken.None);
        return result.Value?.Secret ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Values));
    }

    public async Task<string> FeedTokenAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var owner = await App.Services.ActorAsync(email, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<CalendarFeeds>().GetOrCreateAsync(owner, null, CancellationToken.None)
            ?? throw new InvalidOperationException($"{email} may not have a feed.");
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await factory.DisposeAsync();
    }

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
