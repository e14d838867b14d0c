using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace CmaRenewal.Benchmarks.Circuits;

/// <summary>
/// The published app as production runs it (Production, Server GC) on a free loopback port, with the small demo seeded
/// into its own data folder and the memory endpoint switched on. Disposing kills the process and deletes the folder.
/// </summary>
internal sealed class PublishedServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataDirectory;
    private readonly HttpClient http;

    private PublishedServer(Process process, string dataDirectory, Uri address)
    {
        (this.process, this.dataDirectory, Address) = (process, dataDirectory, address);
        http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri Address { get; }

    /// <summary><c>dotnet publish</c> of the Web project, Release, into <paramref name="folder"/>.</summary>
    public static async Task PublishAsync(string folder)
    {
        var project = Path.Combine(BenchSettings.RepositoryRoot, "src", "CmaRenewal.Web");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", folder, "--nologo", "-v", "q"]))
            ?? throw new InvalidOperationException("dotnet publish did not start.");
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}).");
    }

    public static async Task<PublishedServer> StartAsync(string publishedFolder)
    {
        var data = Directory.CreateTempSubdirectory("cmarenewal-circuits-data-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var info = new ProcessStartInfo("dotnet", [Path.Combine(publishedFolder, "CmaRenewal.Web.dll")])
        {
            WorkingDirectory = publishedFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        info.Environment["App__BaseUrl"] = address.ToString().TrimEnd('/');
        info.Environment["Storage__DataDirectory"] = data;
        info.Environment["Demo__SeedOnStart"] = "true";
        info.Environment["Jobs__Enabled"] = "false";
        info.Environment["Diagnostics__Enabled"] = "true";
        info.Environment["DOTNET_gcServer"] = "1";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("The app did not start.");
        // Drained, not kept: a full pipe would stall the app.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line && line.Contains("fail", StringComparison.Ordinal)) Console.Error.WriteLine(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PublishedServer(process, data, address);
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    /// <summary>The app's own figures after a forced full collection (see the Web project's DiagnosticsModule).</summary>
    public async Task<MemoryFigures> MemoryAsync() =>
        await http.GetFromJsonAsync<MemoryFigures>("diagnostics/memory") ?? throw new InvalidOperationException("No memory figures.");

    private async Task WaitUntilAnsweringAsync()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with {process.ExitCode}.");
            try
            {
                using var response = await http.GetAsync(new Uri("Account/Login", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still migrating and seeding.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The app did not answer at {Address}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }
}

internal sealed record MemoryFigures(long ManagedHeapBytes, long ResidentBytes, int Circuits, bool ServerGc, int ProcessId);
