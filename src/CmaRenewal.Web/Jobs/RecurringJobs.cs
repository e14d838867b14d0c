using Hangfire;

namespace CmaRenewal.Web.Jobs;

/// <summary>Every recurring schedule of the app, in one place.</summary>
public static class RecurringJobs
{
    public const string PlanReminders = "plan-reminders";
    public const string SendOutbox = "send-outbox";
    public const string RefreshTotals = "refresh-totals";

    /// <summary>Five past midnight UTC: the kept CE totals follow the windows that rolled over at midnight.</summary>
    public const string RefreshTotalsCron = "5 0 * * *";

    /// <summary>Adds or updates the schedules; ids are stable, so a restart or a second server changes nothing twice.</summary>
    public static void Register(IRecurringJobManager jobs, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(options);
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        // Hangfire passes its own shutdown token in place of CancellationToken.None.
        jobs.AddOrUpdate<PlanRemindersJob>(PlanReminders, job => job.RunAsync(CancellationToken.None), options.PlanCron, utc);
        jobs.AddOrUpdate<SendOutboxJob>(SendOutbox, job => job.RunAsync(CancellationToken.None), options.SendCron, utc);
        jobs.AddOrUpdate<RefreshTotalsJob>(RefreshTotals, job => job.RunAsync(CancellationToken.None), RefreshTotalsCron, utc);
    }
}
