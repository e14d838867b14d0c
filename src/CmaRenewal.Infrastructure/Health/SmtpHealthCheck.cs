using System.Net.Sockets;
using CmaRenewal.Infrastructure.Mail;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Health;

/// <summary>
/// Whether the configured SMTP server accepts a connection. Its failure makes the app degraded, not down: pages keep
/// working, and the outbox keeps every email and retries it once the server is back.
/// </summary>
public sealed class SmtpHealthCheck(IOptions<SmtpOptions> options) : IHealthCheck
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        if (!smtp.UsesServer) return HealthCheckResult.Healthy("No SMTP server configured: mail goes to the pickup folder.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(smtp.Host!, smtp.Port, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded("The SMTP server does not accept connections; emails wait in the outbox.", e);
        }
    }
}
