using CmaRenewal.Application.Reminders;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.Web.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Jobs;

public sealed class ReminderJobsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanRemindersJob_PlansForNowThenSends()
    {
        var ports = new RecordingReminderPorts();

        await new PlanRemindersJob(new RunReminders(ports, ports)).RunAsync(Ct);

        Assert.Equal(["plan now dry-run=False", "send"], ports.Calls);
    }

    [Fact]
    public async Task SendOutboxJob_OnlySends()
    {
        var ports = new RecordingReminderPorts();

        await new SendOutboxJob(ports).RunAsync(Ct);

        Assert.Equal(["send"], ports.Calls);
    }

    [Fact]
    public async Task TriggeredRecurringJob_RunsOnTheInProcessServer()
    {
        await using var app = new AppFactory(("Jobs:Enabled", "true"), ("Jobs:QueuePollInterval", "00:00:00.500"));
        var ports = new RecordingReminderPorts();
        var host = app.WithPorts(ports);

        host.Services.GetRequiredService<IRecurringJobManager>().Trigger(RecurringJobs.PlanReminders);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        // The outbox's own recurring send may run first when the server starts on its minute: what matters is that the
        // triggered job planned and then sent.
        while (SentAfterPlanning(ports.Calls) is false) await Task.Delay(100, timeout.Token);
        Assert.Equal(["plan now dry-run=False", "send"], ports.Calls.SkipWhile(c => c == "send").Take(2));
    }

    [Fact]
    public async Task Trigger_StillWorks_AfterAnotherHostInTheProcessStopped()
    {
        // Hangfire's log provider is process-wide and follows the newest host: stopping that host used to dispose the
        // logger factory the first host's Hangfire calls then asked for loggers (ObjectDisposedException on Trigger).
        await using var app = new AppFactory(("Jobs:Enabled", "true"));
        var host = app.WithPorts(new RecordingReminderPorts());
        var manager = host.Services.GetRequiredService<IRecurringJobManager>();
        await using (var other = new AppFactory(("Jobs:Enabled", "true")))
        {
            _ = other.Services.GetRequiredService<IRecurringJobManager>();
        }

        manager.Trigger(RecurringJobs.SendOutbox);

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.NotNull(connection.GetRecurringJobs().Single(j => j.Id == RecurringJobs.SendOutbox).LastJobId);
    }

    private static bool SentAfterPlanning(IReadOnlyList<string> calls) =>
        calls.SkipWhile(c => c != "plan now dry-run=False").Skip(1).Contains("send");
}
