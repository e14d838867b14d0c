using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Reminders;

/// <summary>What one run did: the planning, and the sending that followed it (null in a dry run, which sends nothing).</summary>
public sealed record RemindersRunReport(PlanningReport Planned, SendReport? Sent);

/// <summary>
/// One run of the reminders, for the hourly job and the <c>reminders run</c> verb alike: plan what is due into the
/// outbox, then send at once so a person's 08:00 email does not wait for the next send run. A dry run only works out
/// what would be emailed. The system runs it, not a person, so there is no actor.
/// </summary>
public sealed class RunReminders(IReminderPlanning planning, IOutboxSending sending)
{
    /// <param name="asOf">Plan as if it were past the send time on this day everywhere; null for now.</param>
    /// <param name="dryRun">Write nothing and send nothing.</param>
    /// <param name="ct">The job's shutdown token or the verb's Ctrl+C.</param>
    public async Task<RemindersRunReport> HandleAsync(DateOnly? asOf, bool dryRun, CancellationToken ct)
    {
        var planned = await planning.PlanAsync(asOf, dryRun, ct);
        return new RemindersRunReport(planned, dryRun ? null : await sending.SendDueAsync(ct));
    }
}
