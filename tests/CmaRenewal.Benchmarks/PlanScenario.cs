using System.Diagnostics;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.Benchmarks;

/// <summary>
/// The hourly reminder planner over the whole large data set (30,000 credentials), on a copy of the benchmark
/// database so the original stays unplanned. The first run is the worst case: nothing planned yet, so every reminder
/// due on the day is written (after a dry run that warms the process up), and the due index is built. The second is the
/// steady state: the next run, nothing written in between, so the due index leaves (nearly) everyone unjudged.
/// </summary>
internal static class PlanScenario
{
    public static async Task<int> RunAsync(string db)
    {
        await MeasureAsync(db);
        return 0;
    }

    /// <summary>Prints the planner's figures; answers the times of the first run and of the next one.</summary>
    internal static async Task<(TimeSpan First, TimeSpan Next)> MeasureAsync(string db)
    {
        var copy = Path.Combine(Path.GetDirectoryName(db)!, "plan.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(copy + suffix);
        using (var source = new SqliteConnection(SqliteFiles.ConnectionStringFor(db)))
        {
            await source.OpenAsync();
            using var backup = new SqliteCommand($"VACUUM INTO '{copy.Replace("'", "''", StringComparison.Ordinal)}'", source);
            await backup.ExecuteNonQueryAsync();
        }

        using var host = BenchHost.Create(copy);
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<ReminderPlanner>();
        int credentials;
        await using (var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync())
            credentials = await context.Credentials.CountAsync();

        // A fresh process pays for JIT and EF's model and query compilation once; a dry run does all the planning work
        // without writing, so it shows that cost separately from the runs a long-lived server makes every hour.
        var dry = await TimeAsync(() => planner.PlanAsync(null, true, CancellationToken.None));
        Measure.Print($"plan reminders, dry run in a fresh process ({dry.Report.Emails.Count:N0} emails found, nothing written)", dry.Time, "-");
        var first = await TimeAsync(() => planner.PlanAsync(null, false, CancellationToken.None));
        Measure.Print($"plan reminders, first run ({first.Report.CredentialsEvaluated:N0} of {credentials:N0} credentials judged, {first.Report.PeopleChecked:N0} people: " +
            $"{first.Report.RemindersPlanned:N0} reminders in {first.Report.Emails.Count:N0} emails written)", first.Time, "≤ 2 s");
        var second = await TimeAsync(() => planner.PlanAsync(null, false, CancellationToken.None));
        Measure.Print($"plan reminders, next run (nothing new: {second.Report.CredentialsEvaluated:N0} credentials judged, " +
            $"{second.Report.RemindersPlanned} reminders)", second.Time, "≤ 1 s");
        await EditPeopleAsync(scope.ServiceProvider, 100);
        var edited = await TimeAsync(() => planner.PlanAsync(null, false, CancellationToken.None));
        Measure.Print($"plan reminders, next run after 100 people were edited ({edited.Report.CredentialsEvaluated:N0} credentials judged, " +
            $"{edited.Report.RemindersPlanned} reminders)", edited.Time, "≤ 1 s");
        Measure.PrintPeakMemory("plan");
        return (first.Time, second.Time);
    }

    // A write between two runs (here: the email language of the first people), marking them for the next run.
    private static async Task EditPeopleAsync(IServiceProvider services, int count)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync();
        foreach (var person in await context.People.OrderBy(p => p.Id).Take(count).ToListAsync()) person.UseLanguage("es");
        await context.SaveChangesAsync();
    }

    // With the process's CPU time of the run printed beside it: on a shared machine the wall time stretches with others' load.
    private static async Task<(TimeSpan Time, PlanningReport Report)> TimeAsync(Func<Task<PlanningReport>> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var report = await run();
        var time = watch.Elapsed;
        process.Refresh();
        Console.WriteLine($"{"  (CPU time of the run below)",-52} {(process.TotalProcessorTime - cpu).TotalMilliseconds,10:0.0} ms");
        return (time, report);
    }
}
