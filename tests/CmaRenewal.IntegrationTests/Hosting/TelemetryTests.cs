using System.Collections.Concurrent;
using System.Diagnostics;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>OpenTelemetry is on only when an OTLP endpoint is configured; otherwise nothing is collected or exported.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task WithoutAnOtlpEndpoint_NoTracesOrMetricsAreCollected()
    {
        await using var app = new AppFactory();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task WithAnOtlpEndpoint_TracesAndMetricsAreCollected()
    {
        // Nothing listens there: the exporter retries in the background and the app does not notice.
        await using var app = new AppFactory(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"));

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task WithAnOtlpEndpoint_ADatabaseReadIsASpan()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        await using var app = new AppFactory(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"));
        _ = app.Services.GetRequiredService<TracerProvider>();

        // A query through the app's own context factory: EF Core's command becomes a span.
        var ct = TestContext.Current.CancellationToken;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(ct))
            await db.Clinics.CountAsync(ct);

        Assert.NotEmpty(spans);
    }
}
