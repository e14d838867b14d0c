using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.Web.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Jobs;

public sealed class RecurringJobsTests
{
    [Fact]
    public async Task Enabled_RegistersPlanHourlyAndSendEveryMinute_InUtc()
    {
        await using var app = new AppFactory(("Jobs:Enabled", "true"));
        var host = app.WithPorts(new RecordingReminderPorts());

        var jobs = Recurring(host.Services);

        Assert.Equal(["plan-reminders", "refresh-totals", "send-outbox"], jobs.Select(j => j.Id).Order(StringComparer.Ordinal));
        Assert.Equal("5 0 * * *", jobs.Single(j => j.Id == RecurringJobs.RefreshTotals).Cron);
        Assert.Equal(typeof(RefreshTotalsJob), jobs.Single(j => j.Id == RecurringJobs.RefreshTotals).Job.Type);
        Assert.Equal("0 * * * *", jobs.Single(j => j.Id == RecurringJobs.PlanReminders).Cron);
        Assert.Equal("* * * * *", jobs.Single(j => j.Id == RecurringJobs.SendOutbox).Cron);
        Assert.All(jobs, j => Assert.Equal("UTC", j.TimeZoneId));
        Assert.Equal(typeof(PlanRemindersJob), jobs.Single(j => j.Id == RecurringJobs.PlanReminders).Job.Type);
        Assert.Equal(typeof(SendOutboxJob), jobs.Single(j => j.Id == RecurringJobs.SendOutbox).Job.Type);
    }

    [Fact]
    public async Task Crons_CanBeOverriddenInSettings()
    {
        await using var app = new AppFactory(("Jobs:Enabled", "true"), ("Jobs:PlanCron", "30 * * * *"), ("Jobs:SendCron", "*/5 * * * *"));
        var host = app.WithPorts(new RecordingReminderPorts());

        var jobs = Recurring(host.Services);

        Assert.Equal("30 * * * *", jobs.Single(j => j.Id == RecurringJobs.PlanReminders).Cron);
        Assert.Equal("*/5 * * * *", jobs.Single(j => j.Id == RecurringJobs.SendOutbox).Cron);
    }

    [Fact]
    public async Task Disabled_RegistersNothing_AndKeepsTheStorageInItsOwnFile()
    {
        await using var app = new AppFactory(("Jobs:Enabled", "false"));

        Assert.Empty(Recurring(app.Services));
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "hangfire.db")));
    }

    internal static List<RecurringJobDto> Recurring(IServiceProvider services)
    {
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }
}
