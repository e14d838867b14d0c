using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CmaRenewal.IntegrationTests.Persistence;

/// <summary>
/// Runs against a real SQL Server when <c>CMA_TEST_SQLSERVER</c> holds a connection string (a database of its own is
/// created and dropped); reported as skipped otherwise, never as passed.
/// </summary>
public sealed class SqlServerTests
{
    private const string Variable = "CMA_TEST_SQLSERVER";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_OnAFreshDatabase_ApplyAndACredentialRoundTrips()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), $"{Variable} is not set: no SQL Server to test against.");
        var database = new SqlConnectionStringBuilder(server) { InitialCatalog = $"CmaRenewalTest_{Guid.NewGuid():N}" };
        var connectionString = database.ConnectionString;
        var options = CmaRenewalDbOptions.Create(DatabaseProvider.SqlServer, connectionString);
        try
        {
            await new DatabaseMigrator(new OptionsDbContextFactory(options), NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Ct);
            long credentialId;
            await using (var db = new CmaRenewalDbContext(options))
            {
                var clinic = A.Clinic();
                db.Add(clinic);
                await db.SaveChangesAsync(Ct);
                var person = A.Person(clinic.Id);
                db.Add(person);
                await db.SaveChangesAsync(Ct);
                var credential = A.Credential(person.Id);
                credential.RecordRenewal(new DateOnly(2026, 5, 1));
                db.Add(credential);
                await db.SaveChangesAsync(Ct);
                credentialId = credential.Id;
            }

            await using var check = new CmaRenewalDbContext(options);
            var loaded = await check.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == credentialId, Ct);
            Assert.Equal(new DateOnly(2026, 5, 1), Assert.Single(loaded.Renewals).RenewedOn);
        }
        finally
        {
            await using var cleanup = new CmaRenewalDbContext(options);
            await cleanup.Database.EnsureDeletedAsync(CancellationToken.None);
        }
    }
}
