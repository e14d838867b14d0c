using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance.Totals;
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
    private CeTotalsStore? totals;

    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        new DatabaseMigrator(new OptionsDbContextFactory(Options()), NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(cancellationToken);

    /// <summary>Sums kept CE totals as the app's own store does, by the shipped packs on <see cref="Clock"/>.</summary>
    public CeTotalsStore Totals => totals ??= new CeTotalsStore(new ComplianceEngine(Packs.Shipped, Clock), Packs.Shipped, Clock);

    // As the app registers them: totals kept on write first, so their recompute commits with the audited change.
    public DbContextOptions<CmaRenewalDbContext> Options(string actor = TestActor.DefaultName) =>
        CmaRenewalDbOptions.Create(Provider, ConnectionString,
            new CeTotalsInterceptor(Totals, NullLogger<CeTotalsInterceptor>.Instance), new AuditInterceptor(new TestActor(actor), Clock));

    public CmaRenewalDbContext CreateContext(string actor = TestActor.DefaultName) => new(Options(actor));

    public abstract ValueTask DisposeAsync();
}
