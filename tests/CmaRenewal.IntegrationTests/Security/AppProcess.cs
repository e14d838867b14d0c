using System.Diagnostics;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// The real executable in a given environment, on a free loopback port: either it stops (with its exit code and
/// error output) or it says where it listens.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private const string ListeningPrefix = "Now listening on: ";

    private readonly Process process;
    private readonly DirectoryInfo data;
    private readonly Task<string> error;
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(string environment, DirectoryInfo data, (string Name, string Value)[] settings)
    {
        this.data = data;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CmaRenewal.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Storage__DataDirectory"] = data.FullName;
        start.Environment["Jobs__Enabled"] = "false";
        foreach (var (name, value) in settings) start.Environment[name] = value;
        process = Process.Start(start)!;
        error = process.StandardError.ReadToEndAsync();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.IndexOf(ListeningPrefix, StringComparison.Ordinal) is >= 0 and var at)
                listening.TrySetResult(new Uri(line.Data[(at + ListeningPrefix.Length)..].Trim()));
        };
        process.BeginOutputReadLine();
    }

    public string DataDirectory => data.FullName;

    public static AppProcess Start(string environment, params (string Name, string Value)[] settings) =>
        new(environment, Directory.CreateTempSubdirectory("cmarenewal-proc-"), settings);

    /// <summary>Where the app listens, once it says so; throws with its error output if it stops instead.</summary>
    public async Task<Uri> ListeningAsync(CancellationToken ct)
    {
        var exited = process.WaitForExitAsync(ct);
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(90), ct));
        if (first == listening.Task) return await listening.Task;
        throw new InvalidOperationException(process.HasExited
            ? $"The app stopped with {process.ExitCode}: {await error}"
            : "The app neither listened nor stopped within 90 seconds.");
    }

    /// <summary>The exit code and error output of an app expected to refuse to start.</summary>
    public async Task<(int ExitCode, string Error)> ExitAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The app kept running instead of stopping on a bad setting.");
        }
        return (process.ExitCode, await error);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }
}
