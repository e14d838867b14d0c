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
/// The hourly planning job's work: judge every active person's credentials on their own reminder day, store each
/// reminder that is due under its unique key, and queue at most one email per person and day holding them. A
/// reminder whose need went away before its email was made is cancelled, never sent.
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
        await using (var db = await factory.CreateDbContextAsync(ct))
            audience = await PlanningAudience.LoadAsync(db, now, asOf, options.Value.SendAt, ct);

        var verdicts = await compliance.EvaluateAsync(ComplianceScope.Organization,
            personId => audience.People.TryGetValue(personId, out var p) ? p.Day : null, ct);
        var missing = await compliance.MissingAsync(ComplianceScope.Organization, ct);
        var candidates = ReminderCandidates.Build(audience, verdicts, missing, rules.Current, options.Value.ManagerDigestDay);

        var plan = await OutboxPlan.MakeAsync(factory, audience, candidates, now.UtcDateTime, ct);
        if (!dryRun)
        {
            await plan.WriteAsync(factory, logger, ct);
            metrics?.RemindersPlanned(plan.NewReminders);
        }
        LogPlanned(logger, audience.People.Count, plan.NewReminders, plan.Emails.Count, dryRun);
        return new PlanningReport(audience.People.Count, plan.NewReminders, plan.Cancelled, plan.Emails);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder planning: {People} people checked, {Reminders} new reminders, {Emails} emails queued (dry run: {DryRun}).")]
    private static partial void LogPlanned(ILogger logger, int people, int reminders, int emails, bool dryRun);
}
