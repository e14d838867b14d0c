using CmaRenewal.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>
/// Builds the DbContext options for a provider, the same way for the app, the design-time factories and the tests,
/// so each provider always finds its own migrations assembly.
/// </summary>
public static class CmaRenewalDbOptions
{
    public const string SqliteMigrationsAssembly = "CmaRenewal.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "CmaRenewal.Migrations.SqlServer";

    public static DbContextOptions<CmaRenewalDbContext> Create(
        DatabaseProvider provider, string connectionString, params IEnumerable<IInterceptor> interceptors)
    {
        var builder = new DbContextOptionsBuilder<CmaRenewalDbContext>();
        builder.UseCmaDatabase(provider, connectionString).AddInterceptors(interceptors);
        return builder.Options;
    }

    public static DbContextOptionsBuilder UseCmaDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
#if !NO_COMPILED_MODELS
        // Each process starts from the provider's compiled model instead of building it from the configurations
        // (0.5-0.8 s of a fresh process's first query). Regenerate with infra/scripts/optimize-model.sh;
        // CompiledModelTests fails while they are stale. Migrations still compare against the configurations.
        builder.UseModel(provider == DatabaseProvider.Sqlite
            ? CompiledModels.Sqlite.CmaRenewalDbContextModel.Instance
            : CompiledModels.SqlServer.CmaRenewalDbContextModel.Instance);
#endif
        // Every save marks whose reminders it may change, for the planner's due index.
        builder.AddInterceptors(ReminderChanges.Watcher);
        // Options are built per scope (the audit interceptor carries the scope's actor); if that ever made EF build
        // an internal service provider per scope, fail loudly instead of leaking memory.
        return builder.ConfigureWarnings(w => w.Throw(CoreEventId.ManyServiceProvidersCreatedWarning));
    }
}
