using System.Runtime;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CmaRenewal.Web.Hosting.Diagnostics;

/// <summary>
/// <c>/diagnostics/memory</c>: the server's memory after a forced full collection and its open Blazor circuits, read by
/// the <c>circuits</c> benchmark. Absent unless <c>Diagnostics:Enabled</c> is true (only the benchmark sets it), and even
/// then it answers loopback callers only: a forced, compacting collection pauses every circuit, so it is never a public door.
/// </summary>
public static class DiagnosticsModule
{
    public const string MemoryPath = "/diagnostics/memory";
    private const string EnabledKey = "Diagnostics:Enabled";

    public static IHostApplicationBuilder AddCmaDiagnostics(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Configuration.GetValue<bool>(EnabledKey)) return builder;
        builder.Services.AddSingleton<OpenCircuits>();
        builder.Services.AddScoped<CircuitHandler, OpenCircuits.Handler>();
        return builder;
    }

    public static WebApplication MapCmaDiagnostics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue<bool>(EnabledKey)) return app;
        app.MapGet(MemoryPath, (HttpContext http, OpenCircuits circuits) =>
                http.Connection.RemoteIpAddress is { } caller && System.Net.IPAddress.IsLoopback(caller)
                    ? Results.Json(Measure(circuits))
                    : Results.NotFound())
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    private static MemoryFigures Measure(OpenCircuits circuits)
    {
        // Twice, with the finalizers in between, so what only a finalizer kept alive is gone from the second count.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return new MemoryFigures(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, circuits.Count,
            GCSettings.IsServerGC, Environment.ProcessId);
    }

    /// <summary>Managed heap and resident set (VmRSS on Linux) in bytes, and the circuits open at that moment.</summary>
    public sealed record MemoryFigures(long ManagedHeapBytes, long ResidentBytes, int Circuits, bool ServerGc, int ProcessId);
}
