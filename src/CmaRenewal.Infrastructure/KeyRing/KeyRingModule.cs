using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.KeyRing;

public static class KeyRingModule
{
    /// <summary>One name for the key ring on every server: cookies and tokens protected by one are read by all.</summary>
    public const string ApplicationName = "CmaRenewal";

    /// <summary>
    /// Data protection with its keys in the app's database (shared by every server), encrypted with the certificate of
    /// <c>DataProtection:CertificatePath</c> when one is set. The setting is read here, not later, because the
    /// certificate is part of the key ring's own registration.
    /// </summary>
    public static IHostApplicationBuilder AddCmaKeyRing(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<CmaRenewalDbContext>();
        string? thumbprint = null;
        if (options.EncryptsKeys)
        {
            var certificate = options.LoadCertificate(builder.Environment.ContentRootPath);
            thumbprint = certificate.Thumbprint;
            dataProtection.ProtectKeysWithCertificate(certificate);
        }
        builder.Services.AddHostedService(sp => new KeyRingReport(thumbprint, sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IOptions<StorageOptions>>(), sp.GetRequiredService<ILogger<KeyRingReport>>()));
        return builder;
    }
}
