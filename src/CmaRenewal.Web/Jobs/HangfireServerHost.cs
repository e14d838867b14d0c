using Hangfire;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// The in-process Hangfire server, started with the web host when <c>Jobs:Enabled</c>. Admin verbs never run the
/// host, so they never start it. The setting is read at start, not at registration, so tests can switch it.
/// </summary>
internal sealed class HangfireServerHost(IOptions<JobsOptions> options, JobStorage storage, JobActivator activator) : IHostedService, IDisposable
{
    private BackgroundJobServer? server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return Task.CompletedTask;
        server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = options.Value.WorkerCount,
            Activator = activator,
            SchedulePollingInterval = options.Value.QueuePollInterval,
        }, storage);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is null) return;
        server.SendStop();
        await server.WaitForShutdownAsync(cancellationToken);
    }

    public void Dispose() => server?.Dispose();
}
