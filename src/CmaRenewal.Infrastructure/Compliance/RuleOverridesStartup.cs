using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// Applies the saved overrides when the host starts: after the database is migrated (which happens before the host
/// runs) and before the server takes requests, so no page ever sees the shipped packs alone.
/// </summary>
internal sealed class RuleOverridesStartup(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<RuleOverrides>().ReloadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
