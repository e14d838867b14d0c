using CmaRenewal.Core.Credentials;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Persistence.Auditing;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CmaRenewal.IntegrationTests.Persistence;

/// <summary>Checks both providers without a server: the model and the migrations never drift apart.</summary>
public sealed class ProviderModelTests
{
    // Never opened: comparing the model with the snapshot and scripting need no server.
    private const string NoSqlServer = "Server=(none);Database=CmaRenewal;TrustServerCertificate=True";

    public static TheoryData<DatabaseProvider, string> Providers => new()
    {
        { DatabaseProvider.Sqlite, "Data Source=never-opened.db" },
        { DatabaseProvider.SqlServer, NoSqlServer },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_ForEachProvider_HaveNoPendingModelChanges(DatabaseProvider provider, string connectionString)
    {
        using var db = new CmaRenewalDbContext(CmaRenewalDbOptions.Create(provider, connectionString));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration: run infra/scripts/add-migration.sh NAME.");
    }

    [Fact]
    public void OptionsPerScope_WithTheirOwnInterceptorAndFile_ShareOneEfServiceProvider()
    {
        // The options throw on ManyServiceProvidersCreatedWarning (more than 20): building them per scope, each with
        // its own audit interceptor, must not make EF build a service provider each time.
        for (var i = 0; i < 30; i++)
        {
            var interceptor = new AuditInterceptor(new TestActor($"user{i}"), TimeProvider.System);
            using var db = new CmaRenewalDbContext(
                CmaRenewalDbOptions.Create(DatabaseProvider.Sqlite, $"Data Source=never-opened-{i}.db", interceptor));
            Assert.NotNull(db.Model.FindEntityType(typeof(Credential)));
        }
    }

    [Fact]
    public void SqlServerScript_Idempotent_CreatesTheMainTables()
    {
        using var db = new CmaRenewalDbContext(CmaRenewalDbOptions.Create(DatabaseProvider.SqlServer, NoSqlServer));

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        foreach (var table in new[] { "Clinics", "People", "Credentials", "Renewals", "CeActivities",
                     "CeActivityCredentials", "FeePayments", "AuditEntries" })
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
    }
}
