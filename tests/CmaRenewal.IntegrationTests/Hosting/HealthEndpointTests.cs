using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>/health/live and /health/ready: anonymous JSON, degraded (still 200) when only SMTP fails, 503 otherwise.</summary>
public sealed class HealthEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_AnswersWithoutSignIn()
    {
        await using var app = new AppFactory();
        using var client = app.Anonymous();

        var (status, body) = await GetAsync(client, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_WithThePickupFolder_IsHealthy_AndNamesNoPath()
    {
        await using var app = new AppFactory();
        using var client = app.Anonymous();

        var (status, body) = await GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(["certificates", "database", "jobs", "smtp"], body.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.DoesNotContain(app.DataDirectory, body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_WhenSmtpRefusesConnections_IsDegradedNotDown_AndNamesNoHost()
    {
        var closedPort = ClosedPort();
        await using var app = new AppFactory(("Smtp:Host", "127.0.0.1"), ("Smtp:Port", closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Smtp:Security", "None"));
        using var client = app.Anonymous();

        var (status, body) = await GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Equal("Degraded", body.GetProperty("checks").GetProperty("smtp").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_WhenTheCertificateFolderIsGone_IsUnavailable()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cmarenewal-certs-{Guid.NewGuid():N}");
        await using var app = new AppFactory(("Storage:CertificateDirectory", folder));
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);
        // A file where the folder was: nothing can be written there, as when a shared mount turns read-only.
        Directory.Delete(folder, recursive: true);
        await File.WriteAllTextAsync(folder, "not a folder", Ct);
        try
        {
            var (status, body) = await GetAsync(client, "/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("certificates").GetProperty("status").GetString());
            Assert.DoesNotContain(folder, body.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(folder);
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    internal static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
