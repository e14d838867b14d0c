using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// The one source of the app's absolute address. Links in emails, calendar feeds and the API document are read later,
/// outside the request that made them, so they never take the request's Host or scheme, which a caller can forge.
/// </summary>
public sealed class AppBaseUrl
{
    /// <summary>Kestrel's own default, for when nothing else says where the app is (an admin command, say).</summary>
    public const string KestrelDefault = "http://localhost:5000/";

    private static readonly string[] AnyHost = ["+", "*", "[::]", "0.0.0.0"];

    private readonly Func<string?> configured;
    private readonly IServer? server;
    private Uri? root;

    public AppBaseUrl(IOptions<AppUrlOptions> options, IServer? server = null)
    {
        configured = () => options.Value.BaseUrl;
        this.server = server;
    }

    private AppBaseUrl(string baseUrl) => configured = () => baseUrl;

    /// <summary>A fixed address, for tests and tools that have no server.</summary>
    public static AppBaseUrl Fixed(string baseUrl) => new(baseUrl);

    /// <summary>The base address, always ending in <c>/</c>.</summary>
    public Uri Root => root ?? Resolve();

    /// <summary>The base address without its trailing <c>/</c>, to put a path starting with <c>/</c> after.</summary>
    public string Origin => Root.AbsoluteUri.TrimEnd('/');

    /// <summary>An absolute address for a path inside the app, such as <c>Account/ResetPassword</c>.</summary>
    public Uri Link(string path) => new(Root, path.TrimStart('/'));

    private Uri Resolve()
    {
        if (configured() is { Length: > 0 } url) return root = WithSlash(url);
        // Development and tests: the address Kestrel really bound, known only once the server has started. Not cached
        // before then, so an early caller cannot pin a guess.
        var listening = server?.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var address = listening.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? listening.FirstOrDefault();
        if (address is null) return new Uri(KestrelDefault);
        return root = WithSlash(Reachable(address));
    }

    // "http://[::]:8080" is where Kestrel listens, not an address a browser can open.
    private static string Reachable(string address)
    {
        var builder = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (AnyHost.Contains(builder.Host)) builder.Host = "localhost";
        return builder.Uri.AbsoluteUri;
    }

    private static Uri WithSlash(string url) => new(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
}
