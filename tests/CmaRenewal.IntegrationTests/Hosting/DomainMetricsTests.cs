using System.Diagnostics.Metrics;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Telemetry;
using CmaRenewal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// The app's own meter moves when the work it names runs: an evaluation records its time (on the app's clock, so
/// exactly 0 s on a clock that stands still) and the credentials it judged; an import counts its rows by outcome.
/// </summary>
public sealed class DomainMetricsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private readonly AppFactory app = new() { Clock = new FakeTimeProvider(Now) };
    private readonly List<(string Name, double Value, string Tags)> measurements = [];
    private MeterListener listener = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        // Only this app's meter (its factory is the scope): other tests' apps publish under the same name meanwhile.
        var scope = app.Services.GetRequiredService<IMeterFactory>();
        listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CmaMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, scope)) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Dispose();
        await app.DisposeAsync();
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
        lock (measurements) measurements.Add((instrument.Name, value, text));
    }

    private List<(string Name, double Value, string Tags)> Measured(string name)
    {
        lock (measurements) return measurements.Where(m => m.Name == name).ToList();
    }

    [Fact]
    public async Task AnEvaluation_RecordsItsTimeOnTheAppsClock_AndTheCredentialsItJudged()
    {
        var before = (Times: Measured("cma.compliance.evaluation.duration").Count, Judged: Measured("cma.compliance.evaluated").Sum(m => m.Value));
        await using var scope = app.Services.CreateAsyncScope();

        var results = await scope.ServiceProvider.GetRequiredService<ComplianceQueries>()
            .EvaluateAsync(ComplianceScope.Organization, DateOnly.FromDateTime(Now.UtcDateTime), Ct);

        Assert.NotEmpty(results);
        Assert.Equal(0.0, Assert.Single(Measured("cma.compliance.evaluation.duration").Skip(before.Times)).Value);
        Assert.Equal(before.Judged + results.Count, Measured("cma.compliance.evaluated").Sum(m => m.Value));
    }

    [Fact]
    public async Task AnImport_CountsItsRowsByKindOutcomeAndWhetherItWrote()
    {
        var file = Path.Combine(app.DataDirectory, "people.csv");
        await File.WriteAllLinesAsync(file, ["email,first_name,last_name,clinic,role,time_zone",
            "metrics.one@example.org,Metrics,One,Metrics Clinic,Assistant,America/Chicago",
            "metrics.two@example.org,Metrics,Two,Metrics Clinic,Assistant,America/Chicago",
            "not-an-email,Metrics,Three,Metrics Clinic,Assistant,America/Chicago"], Ct);

        await RunAsync("import", "people", file, "--dry-run");
        await RunAsync("import", "people", file, "--skip-invalid");
        await RunAsync("import", "people", file, "--skip-invalid");

        Assert.Equal([
            (2.0, "kind=people,outcome=created,written=False"), (1.0, "kind=people,outcome=skipped,written=False"),
            (2.0, "kind=people,outcome=created,written=True"), (1.0, "kind=people,outcome=skipped,written=True"),
            (2.0, "kind=people,outcome=unchanged,written=True"), (1.0, "kind=people,outcome=skipped,written=True"),
        ], Measured("cma.import.rows").Select(m => (m.Value, m.Tags)));
    }

    private async Task RunAsync(params string[] args) =>
        await AdminCommand.Parse(args)!.RunAsync(app.Services, new StringWriter(), Ct);
}
