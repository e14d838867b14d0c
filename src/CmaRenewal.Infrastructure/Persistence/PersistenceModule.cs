using CmaRenewal.Core.Auditing;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Persistence.Auditing;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Persistence;

public static class PersistenceModule
{
    /// <summary>
    /// Registers the database (SQLite or SQL Server per <c>Database:Provider</c>), the data folder, the audit trail
    /// and <see cref="DatabaseMigrator"/>. Settings are validated at start: a bad one stops the app with its name.
    /// </summary>
    public static IHostApplicationBuilder AddCmaPersistence(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var contentRoot = builder.Environment.ContentRootPath;
        var services = builder.Services;

        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .PostConfigure(o =>
            {
                o.DataDirectory = FullPathOrEmpty(o.DataDirectory, contentRoot)!;
                o.CertificateDirectory = FullPathOrEmpty(o.CertificateDirectory, contentRoot);
            })
            .ValidateDataAnnotations()
            .Validate(o => StorageOptions.TryCreate(o.DataDirectory), "Storage:DataDirectory cannot be created.")
            .Validate(o => string.IsNullOrWhiteSpace(o.CertificateDirectory) || StorageOptions.TryCreate(o.CertificateDirectory),
                "Storage:CertificateDirectory cannot be created.")
            .ValidateOnStart();

        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((o, config) =>
                o.ConnectionString = config.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .PostConfigure<IOptions<StorageOptions>>((o, storage) =>
            {
                if (string.IsNullOrWhiteSpace(o.ConnectionString) && DatabaseOptions.TryParse(o.Provider) == DatabaseProvider.Sqlite)
                    o.ConnectionString = SqliteFiles.ConnectionStringFor(
                        Path.Combine(storage.Value.DataDirectory, DatabaseOptions.SqliteFileName));
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentActor, SystemActor>();
        // Scoped, so each circuit's or job's contexts audit under that scope's actor.
        services.AddDbContextFactory<CmaRenewalDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var audit = new AuditInterceptor(sp.GetRequiredService<ICurrentActor>(), sp.GetRequiredService<TimeProvider>());
            // Totals before the audit: their recompute joins the audit's transaction, which the audit commits last.
            var totals = sp.GetService<CeTotalsStore>() is { } store
                ? new CeTotalsInterceptor(store, sp.GetRequiredService<ILogger<CeTotalsInterceptor>>())
                : null;
            options.UseCmaDatabase(database.ResolveProvider(), database.ConnectionString!)
                .AddInterceptors(totals is null ? [audit] : [totals, audit]);
        }, ServiceLifetime.Scoped);
        services.AddScoped<DatabaseMigrator>();
        return builder;
    }

    private static string? FullPathOrEmpty(string? path, string contentRoot) =>
        string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path, contentRoot);
}
