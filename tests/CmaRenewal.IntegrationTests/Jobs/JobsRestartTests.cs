using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.Web.Jobs;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Jobs;

/// <summary>Jobs live in hangfire.db in the data folder: a new host on the same folder finds them.</summary>
public sealed class JobsRestartTests
{
    [Fact]
    public async Task ScheduledAndRecurringJobs_SurviveARestart()
    {
        var data = Directory.CreateTempSubdirectory("cmarenewal-jobs-restart-");
        try
        {
            string scheduledId;
            await using (var first = new AppFactory(("Jobs:Enabled", "true"), ("Storage:DataDirectory", data.FullName)))
            {
                var host = first.WithPorts(new RecordingReminderPorts());
                scheduledId = host.Services.GetRequiredService<IBackgroundJobClient>()
                    .Schedule<SendOutboxJob>(job => job.RunAsync(CancellationToken.None), TimeSpan.FromDays(1));
            }

            await using var second = new AppFactory(("Jobs:Enabled", "false"), ("Storage:DataDirectory", data.FullName));
            using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();

            var job = connection.GetJobData(scheduledId);
            Assert.NotNull(job);
            Assert.Equal(ScheduledState.StateName, job.State);
            Assert.Equal(typeof(SendOutboxJob), job.Job.Type);
            Assert.Equal(["plan-reminders", "refresh-totals", "send-outbox"], connection.GetRecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }
}
