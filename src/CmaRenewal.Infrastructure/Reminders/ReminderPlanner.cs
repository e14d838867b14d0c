using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// The hourly planning job's work: judge active people's credentials on their own reminder day, store each reminder
/// that is due under its unique key, and queue at most one email per person and day holding them. A reminder whose need
/// went away before its email was made is cancelled, never sent. The first run judges everyone; the runs after judge
/// only whom the due index (<see cref="DueIndex"/>, <see cref="PlanningFocus"/>) says can have something new.
/// </summary>
public sealed partial class ReminderPlanner(
    IDbContextFactory<CmaRenewalDbContext> factory,
    ComplianceQueries compliance,
    IRuleCatalogSource rules,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderPlanner> logger,
    CmaMetrics? metrics = null) : IReminderPlanning
{
    public async Task<PlanningReport> PlanAsync(DateOnly? asOf, bool dryRun, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        PlanningAudience audience;
        IReadOnlyList<PendingReminder> pending;
        DueIndex? index;
        PlanningFocus focus;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            // An as-of day is a what-if: judge everyone and leave the index, which speaks of real days, alone.
            index = asOf is null ? await DueIndex.LoadAsync(db, ct) : null;
            audience = await PlanningAudience.LoadAsync(db, now, asOf, options.Value.SendAt, ct);
            pending = await PendingReminder.LoadAsync(db, ct);
            focus = await PlanningFocus.ChooseAsync(db, audience, index, pending, options.Value.ManagerDigestDay, ct);
        }

        var scope = focus.People is null ? ComplianceScope.Organization : ComplianceScope.People(focus.People);
        // The unmet requirements are an independent read: it runs beside the verdicts' (the provider's async reads are synchronous).
        var missingRead = Task.Run(() => compliance.MissingAsync(scope, ct), ct);
        var verdicts = await compliance.EvaluateAsync(scope,
            personId => audience.People.TryGetValue(personId, out var p) ? p.Day : null, ct);
        var missing = await missingRead;
        var candidates = ReminderCandidates.Build(audience, verdicts, missing, rules.Current, options.Value.ManagerDigestDay, focus.DigestManagers);

        var plan = await OutboxPlan.MakeAsync(factory, audience, candidates, pending, now.UtcDateTime, ct);
        if (!dryRun)
        {
            await plan.WriteAsync(factory, logger, ct);
            // After the outbox: a run that fails before this leaves the index as it was, and the next run judges them again.
            if (index is not null && !await index.SaveAsync(factory, PersonDueDates.For(audience, focus, verdicts), focus.IsEveryone, ct))
                LogIndexRaced(logger);
            metrics?.RemindersPlanned(plan.NewReminders);
        }
        LogPlanned(logger, audience.People.Count, verdicts.Count, plan.NewReminders, plan.Emails.Count, dryRun);
        return new PlanningReport(audience.People.Count, plan.NewReminders, plan.Cancelled, plan.Emails, verdicts.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder planning: {People} people checked, {Credentials} credentials judged, {Reminders} new reminders, {Emails} emails queued (dry run: {DryRun}).")]
    private static partial void LogPlanned(ILogger logger, int people, int credentials, int reminders, int emails, bool dryRun);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder planning: another run updated the due index at the same time; its days were kept.")]
    private static partial void LogIndexRaced(ILogger logger);
}
