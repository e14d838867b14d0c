using System.Xml.Linq;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.KeyRing;

/// <summary>
/// At start (after migrations): brings keys an earlier version kept as files in <c>{DataDirectory}/keys</c> into the
/// database, so cookies and links in emails already sent stay valid, and says how the key ring is kept, so an operator
/// sees unencrypted keys in the log, not in an audit.
/// </summary>
internal sealed partial class KeyRingReport(string? certificateThumbprint, IServiceScopeFactory scopes, IOptions<StorageOptions> storage,
    ILogger<KeyRingReport> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ImportFileKeysAsync(cancellationToken);
        if (certificateThumbprint is null) LogUnencrypted(logger);
        else LogEncrypted(logger, certificateThumbprint);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportFileKeysAsync(CancellationToken ct)
    {
        var folder = new DirectoryInfo(Path.Combine(storage.Value.DataDirectory, "keys"));
        if (!folder.Exists) return;
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(ct);
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var imported = 0;
        foreach (var file in folder.EnumerateFiles("*.xml").Where(f => !known.Contains(Path.GetFileNameWithoutExtension(f.Name))))
        {
            var xml = XElement.Load(file.FullName).ToString(SaveOptions.DisableFormatting);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file.Name), Xml = xml });
            imported++;
        }
        await db.SaveChangesAsync(ct);
        if (imported > 0) LogImported(logger, imported, folder.FullName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data-protection keys: {Count} key files from {Folder} copied into the database; the folder is no longer read.")]
    private static partial void LogImported(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data-protection keys: in the database, encrypted with certificate {Thumbprint}.")]
    private static partial void LogEncrypted(ILogger logger, string thumbprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data-protection keys: in the database, NOT encrypted at rest. Set DataProtection:CertificatePath (a PFX with its private key, the same on every server) to encrypt them.")]
    private static partial void LogUnencrypted(ILogger logger);
}
