using System.Diagnostics.Metrics;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.Infrastructure.Telemetry;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>The app's meter counts each outbox outcome as it is recorded, and reports the emails still queued.</summary>
public sealed class OutboxMetricsTests : IAsyncLifetime
{
    private OutboxRig rig = null!;
    private ServiceProvider services = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        rig = await OutboxRig.StartAsync(Ct);
        services = new ServiceCollection().AddMetrics()
            .AddSingleton<IDbContextFactory<CmaRenewalDbContext>>(new OptionsDbContextFactory(rig.Database.Options()))
            .AddSingleton<CmaMetrics>().BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await rig.DisposeAsync();
    }

    [Fact]
    public async Task SentAndRefusedEmails_AreCounted_AndTheDepthIsWhatIsLeft()
    {
        await rig.QueueAsync(Ct, Outbox.AccountEmail("ana@example.org"), Outbox.AccountEmail("gone@example.org"), Outbox.AccountEmail("later@example.org"));
        rig.Smtp.Refuse("gone@example.org");
        rig.Smtp.Defer("later@example.org");
        using var listener = Listen(out var totals);
        var sender = new OutboxSender(new OptionsDbContextFactory(rig.Database.Options()),
            rig.Transport(),
            rig.Database.Clock, NullLogger<OutboxSender>.Instance, metrics: services.GetRequiredService<CmaMetrics>());

        await sender.SendDueAsync(Ct);
        listener.RecordObservableInstruments();

        Assert.Equal(1, totals.GetValueOrDefault("cma.outbox.sent"));
        Assert.Equal(1, totals.GetValueOrDefault("cma.outbox.failed"));
        Assert.Equal(1, totals.GetValueOrDefault("cma.outbox.retried"));
        Assert.Equal(1, totals.GetValueOrDefault("cma.outbox.depth"));
    }

    // Only this test's meter (its factory is the scope): other tests' apps publish under the same name at the same time.
    private MeterListener Listen(out Dictionary<string, long> totals)
    {
        var sums = new Dictionary<string, long>();
        totals = sums;
        var scope = services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CmaMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, scope)) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (sums) sums[instrument.Name] = sums.GetValueOrDefault(instrument.Name) + value;
        });
        listener.Start();
        _ = services.GetRequiredService<CmaMetrics>();
        return listener;
    }
}
