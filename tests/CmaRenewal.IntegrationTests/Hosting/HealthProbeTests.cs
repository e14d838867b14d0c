using System.Globalization;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// <c>check-health</c>, the Dockerfile's HEALTHCHECK, against the real app on a real port: it asks by the public host
/// name (AllowedHosts refuses 127.0.0.1) and exits 0 only on an answer from /health/ready.
/// </summary>
public sealed class HealthProbeTests
{
    private const string PublicUrl = "https://renewals.example.org";

    private static IConfiguration Settings(params (string Key, string? Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value))).Build();

    [Fact]
    public async Task AgainstTheRunningApp_ByItsPublicName_ExitsZero_AndByItsAddressAlone_IsRefused()
    {
        await using var app = new AppFactory(("AllowedHosts", "renewals.example.org"), ("App:BaseUrl", PublicUrl));
        app.UseKestrel(0);
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var ready = $"http://127.0.0.1:{address.Port}/health/ready";
        var byName = new StringWriter();
        var byAddress = new StringWriter();

        var exitByName = await HealthProbe.RunAsync([HealthProbe.Verb, ready], Settings(("App:BaseUrl", PublicUrl)), byName);
        var exitByAddress = await HealthProbe.RunAsync([HealthProbe.Verb, ready], Settings(), byAddress);

        Assert.Equal(0, exitByName);
        Assert.StartsWith("200 {\"status\":\"Healthy\"", byName.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, exitByAddress);
        Assert.StartsWith("400 ", byAddress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoUrl_ItAsksTheConfiguredHttpPort_AndNothingListening_ExitsOne()
    {
        var port = HealthEndpointTests.ClosedPort();
        var output = new StringWriter();

        var exit = await HealthProbe.RunAsync([HealthProbe.Verb], Settings(("HTTP_PORTS", port.ToString(CultureInfo.InvariantCulture))), output);

        Assert.Equal(1, exit);
        Assert.StartsWith($"No answer from http://127.0.0.1:{port}/health/ready: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyItsOwnVerb_IsTheProbe()
    {
        Assert.True(HealthProbe.IsRequested(["check-health"]));
        Assert.False(HealthProbe.IsRequested(["migrate"]));
        Assert.False(HealthProbe.IsRequested([]));
    }
}
