using CmaRenewal.Infrastructure.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics (ASP.NET Core, EF Core commands, outgoing HTTP, Hangfire jobs and the app's own
/// meter), exported
/// over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; otherwise nothing is collected or sent. The
/// exporter reads the standard <c>OTEL_*</c> variables itself (protocol, headers, service name).
/// </summary>
public static class TelemetryModule
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IHostApplicationBuilder AddCmaTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointVariable])) return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(CmaMetrics.MeterName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource(CmaTracing.SourceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(CmaMetrics.MeterName))
            .UseOtlpExporter();
        return builder;
    }
}
