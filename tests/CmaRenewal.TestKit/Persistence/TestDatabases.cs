using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>A fresh migrated database of the provider a provider-parameterised suite runs on.</summary>
public static class TestDatabases
{
    /// <summary>
    /// SQLite always; SQL Server where <see cref="SqlServerTestServer"/> finds one, else <paramref name="skip"/> is
    /// called with the reason (pass xunit's <c>Assert.Skip</c>: the test is reported as skipped, never as passed).
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, Action<string> skip, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(skip);
        if (provider == DatabaseProvider.Sqlite) return await SqliteTestDatabase.CreateAsync(ct);
        var server = await SqlServerTestServer.AvailabilityAsync();
        if (server.ConnectionString is null)
        {
            skip(server.SkipReason ?? "No SQL Server to test against.");
            throw new InvalidOperationException("The skip action returned: pass one that ends the test, such as Assert.Skip.");
        }
        return await SqlServerTestDatabase.CreateAsync(server.ConnectionString, ct);
    }
}
