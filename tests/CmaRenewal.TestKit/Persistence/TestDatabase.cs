using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>
/// A real database of one provider, of its own, migrated with the app's own migrations (never EnsureCreated) and
/// removed on dispose. Contexts it creates audit as <see cref="TestActor"/> on <see cref="Clock"/>. The persistence,
/// import, reminder and compliance-query suites take one per provider (<see cref="SqliteTestDatabase"/> always,
/// <see cref="SqlServerTestDatabase"/> where a SQL Server is found).
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }
    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        new DatabaseMigrator(new OptionsDbContextFactory(Options()), NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(cancellationToken);

    public DbContextOptions<CmaRenewalDbContext> Options(string actor = TestActor.DefaultName) =>
        CmaRenewalDbOptions.Create(Provider, ConnectionString, new AuditInterceptor(new TestActor(actor), Clock));

    public CmaRenewalDbContext CreateContext(string actor = TestActor.DefaultName) => new(Options(actor));

    public abstract ValueTask DisposeAsync();
}
