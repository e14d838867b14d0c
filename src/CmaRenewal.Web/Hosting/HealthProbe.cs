namespace CmaRenewal.Web.Hosting;

/// <summary>
/// <c>check-health [URL]</c>: the container's health check, since the runtime image has no curl. It asks
/// <c>/health/ready</c> of the app in the same container (port from <c>ASPNETCORE_HTTP_PORTS</c>, else 8080) and exits
/// 0 on a 2xx answer (Healthy or Degraded), 1 otherwise. It runs before any module is built, so a probe every half
/// minute costs one HTTP request, not a second copy of the app.
/// </summary>
public static class HealthProbe
{
    public const string Verb = "check-health";
    private const string DefaultPort = "8080";

    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var url = args.Count > 1 ? args[1] : DefaultUrl(configuration);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        // With AllowedHosts set, any other host name gets a 400: ask by the public name, as a browser does.
        if (Uri.TryCreate(configuration["App:BaseUrl"], UriKind.Absolute, out var publicUrl)) request.Headers.Host = publicUrl.Authority;
        try
        {
            using var response = await client.SendAsync(request);
            await output.WriteLineAsync($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"No answer from {url}: {e.Message}");
            return 1;
        }
    }

    // ASPNETCORE_HTTP_PORTS (the aspnet image sets 8080) reaches configuration as HTTP_PORTS.
    private static string DefaultUrl(IConfiguration configuration)
    {
        var port = configuration["HTTP_PORTS"]?.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return $"http://127.0.0.1:{port ?? DefaultPort}{HealthModule.ReadyPath}";
    }
}
