using System.Collections.Concurrent;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// A fresh app pays seconds to migrate, seed the demo and hash fourteen passwords. The first app seeded on a given
/// day (or pinned instant) does it once and leaves a copy of its database; every later fresh app on the same clock
/// starts from a copy of that file instead, and the app's own start-up finds it migrated and seeded.
/// </summary>
internal static class DemoTemplate
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("cmarenewal-template-").FullName;
    private static readonly ConcurrentDictionary<DateTimeOffset, Lazy<string>> Templates = new();

    static DemoTemplate() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    };

    /// <summary>Puts a seeded database at <paramref name="databasePath"/> unless one is there already.</summary>
    public static void CopyTo(string databasePath, DateTimeOffset? pinnedNow)
    {
        if (File.Exists(databasePath)) return;
        // Unpinned apps seed on the real clock: one template a day, since the demo's dates are relative to today.
        var key = pinnedNow ?? new DateTimeOffset(TimeProvider.System.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var template = Templates.GetOrAdd(key, k => new Lazy<string>(() => Create(k, pinnedNow))).Value;
        File.Copy(template, databasePath);
    }

    private static string Create(DateTimeOffset key, DateTimeOffset? pinnedNow)
    {
        var path = Path.Combine(Folder, $"demo-{key:yyyyMMddHHmmss}.db");
        var seeding = new AppFactory(template: false) { Clock = pinnedNow is { } now ? new FakeTimeProvider(now) : null };
        try
        {
            _ = seeding.Services; // starting the host migrates and seeds
            using var source = new SqliteConnection(SqliteFiles.ConnectionStringFor(Path.Combine(seeding.DataDirectory, DatabaseOptions.SqliteFileName)));
            using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }
        finally
        {
            seeding.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return path;
    }
}
