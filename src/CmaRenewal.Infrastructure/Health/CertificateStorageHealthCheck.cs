using CmaRenewal.Infrastructure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Health;

/// <summary>Ready only when a file can be written to and removed from the certificate folder (a shared mount may be gone).</summary>
public sealed class CertificateStorageHealthCheck(IOptions<StorageOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.ResolveCertificateDirectory();
        // A name of its own per probe, so two servers probing one shared folder never touch each other's file.
        var probe = Path.Combine(folder, $".health-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The certificate folder is not writable.", e);
        }
    }
}
