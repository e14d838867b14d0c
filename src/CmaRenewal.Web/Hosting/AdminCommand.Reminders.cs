using CmaRenewal.Application.Reminders;

namespace CmaRenewal.Web.Hosting;

public abstract partial record AdminCommand
{
    private static RemindersRun ParseReminders(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || args[1] != "run")
            throw new AdminCommandException($"Unknown reminders command '{(args.Count < 2 ? "" : args[1])}'. {Usage}");
        return new RemindersRun(ParseAsOf(args), args.Contains("--dry-run"));
    }

    /// <summary>Plans reminders now (or as of a day) and sends them, as the hourly job does; a dry run only lists them.</summary>
    private sealed record RemindersRun(DateOnly? AsOf, bool DryRun) : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            await PrepareAsHostDoesAsync(scoped, ct);
            var run = await scoped.GetRequiredService<RunReminders>().HandleAsync(AsOf, DryRun, ct);
            if (run.Sent is not { } sent)
            {
                foreach (var line in ReminderRunOutput.DryRunLines(run.Planned)) await output.WriteLineAsync(line);
                return 0;
            }
            await output.WriteLineAsync(ReminderRunOutput.Summary(run.Planned, sent));
            return 0;
        }
    }
}
