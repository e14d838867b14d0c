using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>
/// One real app server: <c>dotnet CmaRenewal.Web.dll</c> on its own loopback port, with its own Hangfire server,
/// started with the given settings and ready once <c>/health/ready</c> says so. <see cref="Kill"/> is kill -9.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const string ListeningPrefix = "Now listening on: ";

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(string name, IEnumerable<(string Name, string Value)> settings)
    {
        Name = name;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CmaRenewal.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public int ProcessId => process.Id;
    public Uri BaseAddress { get; private set; } = null!;
    public bool HasExited => process.HasExited;

    /// <summary>Starts the server and returns once it is ready; throws with its output if it stops or hangs instead.</summary>
    public static async Task<ServerProcess> StartAsync(string name, IEnumerable<(string Name, string Value)> settings, CancellationToken ct)
    {
        var server = new ServerProcess(name, settings);
        try
        {
            await server.WaitUntilReadyAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public HttpClient Client(HttpMessageHandler? handler = null) => new(handler ?? new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = BaseAddress,
    };

    /// <summary>SIGKILL: no shutdown, no flush, no lease handed back, as when a machine dies.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public string Output => string.Join('\n', output);

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        if (line.IndexOf(ListeningPrefix, StringComparison.Ordinal) is >= 0 and var at)
            listening.TrySetResult(new Uri(line[(at + ListeningPrefix.Length)..].Trim()));
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var exited = process.WaitForExitAsync(timeout.Token);
        if (await Task.WhenAny(listening.Task, exited) != listening.Task || process.HasExited)
            throw new InvalidOperationException($"Server {Name} stopped before it listened:\n{Output}");
        BaseAddress = await listening.Task;
        using var client = Client();
        while (true)
        {
            timeout.Token.ThrowIfCancellationRequested();
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), timeout.Token);
            var status = (await response.Content.ReadFromJsonAsync<JsonElement>(timeout.Token)).GetProperty("status").GetString();
            if (status == "Healthy") return;
            await Task.Delay(200, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None);
        process.Dispose();
    }
}
