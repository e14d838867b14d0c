using System.Globalization;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.Web.Hosting;

public abstract partial record AdminCommand
{
    private static RemindersRun ParseReminders(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || args[1] != "run")
            throw new AdminCommandException($"Unknown reminders command '{(args.Count < 2 ? "" : args[1])}'. {Usage}");
        var at = args.ToList().IndexOf("--as-of");
        DateOnly? asOf = null;
        if (at >= 0)
        {
            var value = at + 1 < args.Count ? args[at + 1] : "";
            asOf = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new AdminCommandException($"--as-of must be a date like 2026-12-01, not '{value}'.");
        }
        return new RemindersRun(asOf, args.Contains("--dry-run"));
    }

    /// <summary>Plans reminders now (or as of a day) and sends them, as the hourly job does; a dry run only lists them.</summary>
    private sealed record RemindersRun(DateOnly? AsOf, bool DryRun) : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            // A verb runs without starting the web host: bring the database up to date and apply the admins' rule
            // overrides first, as the host does, so the verb plans by the same rules as the hourly job.
            await scoped.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            await scoped.GetRequiredService<RuleOverrides>().ReloadAsync(ct);
            var planned = await scoped.GetRequiredService<IReminderPlanning>().PlanAsync(AsOf, DryRun, ct);
            if (DryRun)
            {
                foreach (var line in ReminderRunOutput.DryRunLines(planned)) await output.WriteLineAsync(line);
                return 0;
            }
            var sent = await scoped.GetRequiredService<IOutboxSending>().SendDueAsync(ct);
            await output.WriteLineAsync(ReminderRunOutput.Summary(planned, sent));
            return 0;
        }
    }
}
