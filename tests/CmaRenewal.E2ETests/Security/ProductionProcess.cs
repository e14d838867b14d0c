using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CmaRenewal.E2ETests.Security;

/// <summary>
/// A process of the test's own (dotnet publish, or the app started as an operator would), its output kept for
/// assertions and failure messages. The test host's environment (Testing, its URLs) never leaks into it.
/// </summary>
public sealed class ProductionProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly StringBuilder output = new();
    private readonly Process process;

    private ProductionProcess(string file, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS" }) info.Environment.Remove(name);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; private init; } = null!;

    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>Runs a command to its end; throws with its output when it fails or outlives <paramref name="timeout"/>.</summary>
    public static async Task RunAsync(string file, string[] args, string workingDirectory, TimeSpan timeout)
    {
        await using var run = new ProductionProcess(file, args, workingDirectory, new Dictionary<string, string>
        {
            // No build server left running after the test; no certificate or telemetry chatter.
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
        });
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await run.process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{file} {string.Join(' ', args)} took longer than {timeout}:\n{run.Output}");
        }
        if (run.process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({run.process.ExitCode}):\n{run.Output}");
    }

    /// <summary>
    /// Starts <paramref name="dll"/> in Production on a free 127.0.0.1 port with its own SQLite file in
    /// <paramref name="dataDirectory"/> and the small demo, and waits until the sign-in page answers.
    /// </summary>
    public static async Task<ProductionProcess> StartAppAsync(string dll, string workingDirectory, string dataDirectory)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var origin = address.ToString().TrimEnd('/');
        var app = new ProductionProcess("dotnet", [dll], workingDirectory, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = origin,
            ["App__BaseUrl"] = origin,
            ["Storage__DataDirectory"] = dataDirectory,
            ["Demo__SeedOnStart"] = "true",
            ["Jobs__Enabled"] = "false",
        }) { BaseAddress = address };
        try
        {
            await app.WaitUntilAnsweringAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri("Account/Login", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still migrating and seeding.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The app did not answer at {BaseAddress} within {StartTimeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
