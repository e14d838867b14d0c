using System.Diagnostics;

namespace CmaRenewal.Infrastructure.Telemetry;

/// <summary>The app's own trace source: one span per background job run (Hangfire has no OpenTelemetry instrumentation of its own).</summary>
public static class CmaTracing
{
    public const string SourceName = "CmaRenewal";

    public static readonly ActivitySource Source = new(SourceName);
}
