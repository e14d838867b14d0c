using CmaRenewal.Core.Auditing;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.Persistence;

public sealed class PersistenceModuleTests : IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "cmarenewal-tests", Guid.NewGuid().ToString("N"));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Defaults_AreSqliteInAppDataUnderTheContentRoot()
    {
        using var host = Build([]);

        var storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var database = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Assert.Equal(Path.Combine(contentRoot, "App_Data"), storage.DataDirectory);
        Assert.True(Directory.Exists(storage.DataDirectory));
        Assert.Equal(DatabaseProvider.Sqlite, database.ResolveProvider());
        Assert.Contains(Path.Combine(contentRoot, "App_Data", "cmarenewal.db"), database.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres", null, "Database:Provider must be Sqlite or SqlServer, not 'Postgres'.")]
    [InlineData("SqlServer", null, "ConnectionStrings:CmaRenewal is required when Database:Provider is SqlServer.")]
    public async Task BadSetting_StopsTheStartWithItsName(string provider, string? connectionString, string message)
    {
        using var host = Build(new() { ["Database:Provider"] = provider, ["ConnectionStrings:CmaRenewal"] = connectionString });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqlServer_UsesItsOwnMigrationsAssembly()
    {
        using var host = Build(new()
        {
            ["Database:Provider"] = "sqlserver",
            ["ConnectionStrings:CmaRenewal"] = "Server=(none);Database=X",
        });
        await using var scope = host.Services.CreateAsyncScope();

        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        Assert.True(db.Database.IsSqlServer());
        Assert.Equal(CmaRenewalDbOptions.SqlServerMigrationsAssembly, db.GetService<IMigrationsAssembly>().Assembly.GetName().Name);
    }

    [Fact]
    public async Task Migrator_CreatesTheDatabase_AndSavesAuditUnderTheScopesActor()
    {
        using var host = Build(new() { ["Storage:DataDirectory"] = "data/nested" },
            s => s.AddScoped<ICurrentActor>(_ => new TestActor("admin@example.org")));
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(Ct);

        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(Ct))
        {
            db.Add(A.Clinic());
            await db.SaveChangesAsync(Ct);
        }

        Assert.True(File.Exists(Path.Combine(contentRoot, "data", "nested", "cmarenewal.db")));
        await using var check = await factory.CreateDbContextAsync(Ct);
        Assert.Equal("admin@example.org", (await check.AuditEntries.SingleAsync(Ct)).Actor);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(contentRoot)) Directory.Delete(contentRoot, recursive: true);
    }

    private IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.CreateDirectory(contentRoot).FullName,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCmaPersistence();
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
