using System.Net;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// <c>ReverseProxy</c>: the proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed. Loopback
/// always is; add the address of a proxy on another machine, or the network it lives in (<c>10.0.0.0/8</c>).
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>One sentence per entry that is not an address or a network, naming the setting; empty when all are.</summary>
    public IEnumerable<string> Problems() =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"ReverseProxy:KnownProxies: '{p}' is not an IP address such as 10.0.0.5.")
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
                .Select(n => $"ReverseProxy:KnownNetworks: '{n}' is not a network such as 10.0.0.0/8."));
}
