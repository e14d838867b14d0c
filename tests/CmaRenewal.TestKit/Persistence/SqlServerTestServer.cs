using Testcontainers.MsSql;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>
/// The SQL Server the provider-parameterised suites run on: the one <c>CMA_TEST_SQLSERVER</c> names, else one started
/// once per test run in Docker through Testcontainers, else none, with the reason the SQL Server tests report as
/// their skip reason.
/// </summary>
public static class SqlServerTestServer
{
    public const string Variable = "CMA_TEST_SQLSERVER";

    // SQL Server 2022, the oldest release the app supports.
    private const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    private static readonly Lazy<Task<SqlServerAvailability>> Found = new(FindAsync);

    /// <summary>Where to find the server, looked up once per test run.</summary>
    public static Task<SqlServerAvailability> AvailabilityAsync() => Found.Value;

    private static async Task<SqlServerAvailability> FindAsync()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(named)) return new SqlServerAvailability(named, null);
        try
        {
            var container = new MsSqlBuilder(Image).Build();
            await container.StartAsync();
            // Testcontainers' reaper removes the container when the test process ends, even if it crashes.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return new SqlServerAvailability(container.GetConnectionString(), null);
        }
#pragma warning disable CA1031 // Any failure to start a container means the same thing here: no SQL Server to test on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new SqlServerAvailability(null,
                $"{Variable} is not set and no SQL Server could be started in Docker ({e.GetType().Name}: {FirstLine(e.Message)}).");
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

/// <summary>A SQL Server connection string, or why there is none.</summary>
public sealed record SqlServerAvailability(string? ConnectionString, string? SkipReason);
