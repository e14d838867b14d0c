using Microsoft.Extensions.DependencyInjection.Extensions;
using CmaRenewal.Core.Reminders;
using CmaRenewal.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Jobs;

/// <summary>
/// Stand-ins for the planner and the sender (written elsewhere): they answer with the reports a test sets and
/// record every call, in order, in one log.
/// </summary>
public sealed class RecordingReminderPorts : IReminderPlanning, IOutboxSending
{
    private readonly List<string> calls = [];

    public PlanningReport Planned { get; set; } = new(0, 0, 0, []);
    public SendReport Sent { get; set; } = SendReport.Nothing;

    public IReadOnlyList<string> Calls
    {
        get { lock (calls) return [.. calls]; }
    }

    public Task<PlanningReport> PlanAsync(DateOnly? asOf, bool dryRun, CancellationToken ct)
    {
        Record(FormattableString.Invariant($"plan {asOf?.ToString("yyyy-MM-dd", null) ?? "now"} dry-run={dryRun}"));
        return Task.FromResult(Planned);
    }

    public Task<SendReport> SendDueAsync(CancellationToken ct)
    {
        Record("send");
        return Task.FromResult(Sent);
    }

    private void Record(string call)
    {
        lock (calls) calls.Add(call);
    }
}

public static class RecordingReminderPortsHost
{
    /// <summary>The same app with <paramref name="ports"/> as its planner and sender.</summary>
    public static WebApplicationFactory<Program> WithPorts(this AppFactory app, RecordingReminderPorts ports) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            // Replaced, not added: the app registers the real planner and sender.
            s.RemoveAll<IReminderPlanning>();
            s.RemoveAll<IOutboxSending>();
            s.AddSingleton<IReminderPlanning>(ports);
            s.AddSingleton<IOutboxSending>(ports);
        }));
}
