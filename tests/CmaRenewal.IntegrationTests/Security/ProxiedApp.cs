using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// The real app as deployed (Staging: not Development, not Testing) on https://renewals.example.org, reached through
/// the test server. The test server has no socket, so <see cref="Peer"/> says which address the request comes from,
/// as the TCP connection would; nothing else in the pipeline sees that header.
/// </summary>
internal sealed class ProxiedApp : IAsyncDisposable
{
    public const string PublicHost = "renewals.example.org";
    public const string Peer = "X-Test-Peer";

    private readonly AppFactory factory;

    public ProxiedApp(params (string Key, string? Value)[] settings)
    {
        factory = new AppFactory([("App:BaseUrl", $"https://{PublicHost}"), .. settings]);
        App = factory.WithWebHostBuilder(host => host.UseEnvironment("Staging")
            .ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerAddressFilter>()));
    }

    public WebApplicationFactory<Program> App { get; }

    /// <summary>Sends a request as a proxy at <paramref name="peer"/> would, with the cookies given.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string peer, string? forwardedProto,
        HttpContent? content = null, IEnumerable<string>? cookies = null)
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = PublicHost;
        request.Headers.Add(Peer, peer);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        }
        if (cookies is not null) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await factory.DisposeAsync();
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Peer].ToString() is { Length: > 0 } peer ? peer : "127.0.0.1");
                context.Request.Headers.Remove(Peer);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
