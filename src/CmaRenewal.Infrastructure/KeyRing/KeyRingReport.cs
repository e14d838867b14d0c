using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CmaRenewal.Infrastructure.KeyRing;

/// <summary>Says at start how the key ring is kept, so an operator sees unencrypted keys in the log, not in an audit.</summary>
internal sealed partial class KeyRingReport(string? certificateThumbprint, ILogger<KeyRingReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (certificateThumbprint is null) LogUnencrypted(logger);
        else LogEncrypted(logger, certificateThumbprint);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Data-protection keys: in the database, encrypted with certificate {Thumbprint}.")]
    private static partial void LogEncrypted(ILogger logger, string thumbprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data-protection keys: in the database, NOT encrypted at rest. Set DataProtection:CertificatePath (a PFX with its private key, the same on every server) to encrypt them.")]
    private static partial void LogUnencrypted(ILogger logger);
}
