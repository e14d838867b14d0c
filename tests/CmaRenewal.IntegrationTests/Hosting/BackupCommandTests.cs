using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.SqlServer;
using CmaRenewal.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// <c>backup</c>: a consistent SQLite copy taken while another connection keeps writing; refusals that write nothing;
/// and, for SQL Server, T-SQL that parses.
/// </summary>
public sealed class BackupCommandTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("cmarenewal-backup-").FullName;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static async Task<(int Exit, string Output)> BackupAsync(AppFactory app, params string[] args)
    {
        var output = new StringWriter();
        var exit = await AdminCommand.Parse(["backup", .. args])!.RunAsync(app.Services, output, Ct);
        return (exit, output.ToString());
    }

    private static string ConnectionString(AppFactory app) =>
        app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString!;

    [Fact]
    public async Task WhileAnotherConnectionWrites_TheCopyIsOneIntactSnapshot()
    {
        await using var app = new AppFactory();
        var live = ConnectionString(app);
        await ExecuteAsync(live, "CREATE TABLE backup_probe (n INTEGER PRIMARY KEY);");
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            await using var connection = new SqliteConnection(live);
            await connection.OpenAsync(Ct);
            while (!stop.IsCancellationRequested)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = $"INSERT INTO backup_probe (n) VALUES ({written + 1});";
                await insert.ExecuteNonQueryAsync(Ct);
                Interlocked.Increment(ref written);
            }
        }, Ct);
        await WaitUntilAsync(() => Volatile.Read(ref written) >= 50);
        var before = Volatile.Read(ref written);
        var copy = Path.Combine(folder, "copy.db");

        var (exit, output) = await BackupAsync(app, copy);
        var after = Volatile.Read(ref written);
        await WaitUntilAsync(() => Volatile.Read(ref written) >= after + 50);
        await stop.CancelAsync();
        await writer;

        Assert.Equal(0, exit);
        Assert.StartsWith($"Backed up the database to {copy} (", output, StringComparison.Ordinal);
        Assert.EndsWith("integrity check: ok).\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var readOnlyCopy = new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        Assert.Equal("ok", await ScalarAsync(readOnlyCopy, "PRAGMA integrity_check;"));
        Assert.Equal("delete", await ScalarAsync(readOnlyCopy, "PRAGMA journal_mode;"));
        var (rows, highest) = ((long)(await ScalarAsync(readOnlyCopy, "SELECT COUNT(*) FROM backup_probe;"))!,
            (long)(await ScalarAsync(readOnlyCopy, "SELECT MAX(n) FROM backup_probe;"))!);
        Assert.Equal(highest, rows); // no row missing in the middle: one snapshot, not pages from different moments
        Assert.InRange(rows, before, after + 1);
        Assert.True(Volatile.Read(ref written) > rows, "the writer went on after the copy was taken");
        foreach (var table in (string[])["People", "Credentials", "CeActivities", "AspNetUsers"])
            Assert.Equal(await ScalarAsync(live, $"SELECT COUNT(*) FROM {table};"), await ScalarAsync(readOnlyCopy, $"SELECT COUNT(*) FROM {table};"));
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }

    [Fact]
    public async Task AnExistingFile_IsKeptUnlessForced_ThenReplaced()
    {
        await using var app = new AppFactory();
        var copy = Path.Combine(folder, "copy.db");
        await File.WriteAllTextAsync(copy, "yesterday's backup", Ct);

        var refused = await Assert.ThrowsAsync<AdminCommandException>(() => BackupAsync(app, copy));

        Assert.Equal($"{copy} already exists; add --force to replace it.", refused.Message);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(copy, Ct));
        Assert.Equal(0, (await BackupAsync(app, copy, "--force")).Exit);
        var copyConnection = new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        Assert.Equal("ok", await ScalarAsync(copyConnection, "PRAGMA integrity_check;"));
        Assert.Equal(new[] { copy }, Directory.GetFiles(folder));
    }

    [Fact]
    public async Task BadTargets_SayWhatIsWrong_AndWriteNothing()
    {
        await using var app = new AppFactory();
        var missing = Path.Combine(folder, "no-such-folder");
        var aFile = Path.Combine(folder, "a-file");
        await File.WriteAllTextAsync(aFile, "", Ct);
        var database = new SqliteConnectionStringBuilder(ConnectionString(app)).DataSource;

        var noFolder = await Assert.ThrowsAsync<AdminCommandException>(() => BackupAsync(app, Path.Combine(missing, "copy.db")));
        var fileAsFolder = await Assert.ThrowsAsync<AdminCommandException>(() => BackupAsync(app, Path.Combine(aFile, "copy.db")));
        // Nobody, root included, may create a file in /proc: a folder that exists and cannot be written to.
        var unwritable = await Assert.ThrowsAsync<AdminCommandException>(() => BackupAsync(app, "/proc/cmarenewal-copy.db"));
        var itself = await Assert.ThrowsAsync<AdminCommandException>(() => BackupAsync(app, database, "--force"));

        Assert.Equal(($"The folder {missing} does not exist.", 2), (noFolder.Message, noFolder.ExitCode));
        Assert.Equal(($"The folder {aFile} does not exist.", 2), (fileAsFolder.Message, fileAsFolder.ExitCode));
        Assert.StartsWith("Cannot write to /proc: ", unwritable.Message, StringComparison.Ordinal);
        Assert.Equal(1, unwritable.ExitCode);
        Assert.Equal($"{database} is the database itself; choose another file.", itself.Message);
        Assert.False(Directory.Exists(missing));
        Assert.Equal(new[] { aFile }, Directory.GetFiles(folder));
        Assert.False(File.Exists("/proc/cmarenewal-copy.db"));
    }

    [Theory]
    [InlineData("backup", "backup needs the one file to write. " + AdminCommand.Usage)]
    [InlineData("backup a.db b.db", "backup needs the one file to write. " + AdminCommand.Usage)]
    [InlineData("backup a.db --overwrite", "Unknown option '--overwrite' for backup. " + AdminCommand.Usage)]
    public void MistypedBackups_SayWhatIsAccepted(string commandLine, string message)
    {
        Assert.Equal(message, Assert.Throws<AdminCommandException>(() => AdminCommand.Parse(commandLine.Split(' '))).Message);
    }

    [Theory]
    [InlineData(false, "NOINIT")]
    [InlineData(true, "INIT")]
    public async Task OnSqlServer_ItPrintsABackupStatementThatParses_AndConnectsNowhere(bool force, string mode)
    {
        // Only the database settings: the verb has nothing to connect with, and a server on port 1 answers nobody.
        var database = new DatabaseOptions { Provider = "SqlServer", ConnectionString = "Server=127.0.0.1,1;Database=Cma]Renewal;Encrypt=false" };
        await using var services = new ServiceCollection().AddSingleton(Options.Create(database)).BuildServiceProvider();
        var target = "/var/opt/mssql/backup/it's.bak";
        var output = new StringWriter();

        var exit = await AdminCommand.Parse(force ? ["backup", target, "--force"] : ["backup", target])!.RunAsync(services, output, Ct);

        Assert.Equal(0, exit);
        Assert.Contains("BACKUP DATABASE [Cma]]Renewal]\nTO DISK = N'/var/opt/mssql/backup/it''s.bak'\n"
            + $"WITH COPY_ONLY, CHECKSUM, {mode};", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Empty(TSqlSyntax.ErrorsIn(output.ToString()));
        Assert.False(File.Exists(target));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition()) await Task.Delay(5, Ct);
    }

    private static async Task ExecuteAsync(string connectionString, string sql) => await ScalarAsync(connectionString, sql);

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
