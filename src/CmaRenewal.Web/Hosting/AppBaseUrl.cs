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
    /// <summary>Kestrel's own default, for when nothing says where the app is (an admin command with no <c>urls</c>).</summary>
    public const string KestrelDefault = "http://localhost:5000/";

    private static readonly string[] AnyHost = ["+", "*", "[::]", "0.0.0.0"];

    private readonly Func<string?> configured;
    private readonly IServer? server;
    private readonly string? urls;
    private Uri? root;

    /// <param name="options"><c>App:BaseUrl</c>, which wins when set.</param>
    /// <param name="server">The server, whose bound addresses are used once it has started.</param>
    /// <param name="urls">The <c>urls</c> setting (<c>--urls</c>, <c>ASPNETCORE_URLS</c>), for when no server has started.</param>
    public AppBaseUrl(IOptions<AppUrlOptions> options, IServer? server = null, string? urls = null)
    {
        configured = () => options.Value.BaseUrl;
        this.server = server;
        this.urls = urls;
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
        if (Preferred(listening) is { } address) return root = WithSlash(Reachable(address));
        // No server (an admin command) or not started yet: where it will listen, if the settings say.
        return Preferred(urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []) is { } planned
            && !planned.EndsWith(":0", StringComparison.Ordinal)
            ? WithSlash(Reachable(planned))
            : new Uri(KestrelDefault);
    }

    private static string? Preferred(IReadOnlyCollection<string> addresses) =>
        addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();

    // "http://[::]:8080" is where Kestrel listens, not an address a browser can open.
    private static string Reachable(string address)
    {
        var builder = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (AnyHost.Contains(builder.Host)) builder.Host = "localhost";
        return builder.Uri.AbsoluteUri;
    }

    private static Uri WithSlash(string url) => new(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
}
