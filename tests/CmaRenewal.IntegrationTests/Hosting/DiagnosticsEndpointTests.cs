using System.Net;
using System.Text.Json;
using CmaRenewal.Web.Hosting.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// The memory endpoint the circuits benchmark reads: absent unless <c>Diagnostics:Enabled</c> is set, and when set it
/// answers loopback callers only.
/// </summary>
public sealed class DiagnosticsEndpointTests
{
    [Fact]
    public async Task Memory_ByDefault_IsAbsent_EvenFromLoopback()
    {
        await using var app = new AppFactory();

        var answer = await GetAsync(app, IPAddress.Loopback);

        Assert.Equal(StatusCodes.Status404NotFound, answer.Response.StatusCode);
    }

    [Fact]
    public async Task Memory_WhenEnabled_AnswersLoopback_WithTheHeapAndTheCircuits()
    {
        await using var app = new AppFactory(("Diagnostics:Enabled", "true"));

        var answer = await GetAsync(app, IPAddress.IPv6Loopback);

        Assert.Equal(StatusCodes.Status200OK, answer.Response.StatusCode);
        using var body = await JsonDocument.ParseAsync(answer.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(body.RootElement.GetProperty("managedHeapBytes").GetInt64() > 0);
        Assert.True(body.RootElement.GetProperty("residentBytes").GetInt64() > 0);
        Assert.Equal(0, body.RootElement.GetProperty("circuits").GetInt32());
    }

    [Fact]
    public async Task Memory_WhenEnabled_RefusesAnotherMachine()
    {
        await using var app = new AppFactory(("Diagnostics:Enabled", "true"));

        var answer = await GetAsync(app, IPAddress.Parse("10.1.2.3"));

        Assert.Equal(StatusCodes.Status404NotFound, answer.Response.StatusCode);
    }

    // TestServer leaves the caller's address unset: each test says where the request comes from.
    private static Task<HttpContext> GetAsync(AppFactory app, IPAddress caller) =>
        app.Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = DiagnosticsModule.MemoryPath;
            http.Connection.RemoteIpAddress = caller;
        }, TestContext.Current.CancellationToken);
}
