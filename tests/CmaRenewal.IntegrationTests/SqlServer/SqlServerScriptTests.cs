using System.Text.RegularExpressions;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Compliance.Readiness;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Imports;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CmaRenewal.IntegrationTests.SqlServer;

/// <summary>
/// Every piece of SQL the app can send to SQL Server, parsed by Microsoft's T-SQL parser here, where no SQL Server
/// runs: the idempotent migration script a DBA applies, each raw statement the app builds itself (CE totals, bulk
/// inserts, the import's lookup), and Hangfire's own schema script. EF's LINQ translations are EF's to test; the raw
/// paths are ours.
/// </summary>
public sealed partial class SqlServerScriptTests
{
    // Never opened: building options and generating SQL needs no server.
    private const string NoServer = "Server=127.0.0.1,1;Database=CmaRenewalParseOnly;Encrypt=false";

    private static CmaRenewalDbContext SqlServerContext() =>
        new(CmaRenewalDbOptions.Create(DatabaseProvider.SqlServer, NoServer));

    [Fact]
    public void IdempotentMigrationScript_ParsesAsTSql()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var batches = TSqlSyntax.Batches(script).ToList();

        Assert.True(batches.Count > db.Database.GetMigrations().Count(), "the script holds a batch per migration step");
        Assert.Contains(batches, b => b.Contains("CREATE TABLE [Credentials]", StringComparison.Ordinal));
        AssertParses(batches);
        // A trigger must start its own batch, so the migration creates it through EXEC; the text inside parses too.
        var triggers = batches.SelectMany(b => ExecText().Matches(b)).Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)).ToList();
        Assert.Contains(triggers, t => t.Contains("CREATE TRIGGER cma_totals_links", StringComparison.Ordinal));
        AssertParses(triggers);
    }

    [Fact]
    public void CeTotalsStatements_ParseAsTSql()
    {
        var table = CeTotalsQuery.WindowTable(sqlite: false);
        var (start, expires) = (new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));
        var cycle = new CycleWindow(1, start, expires, expires, start, expires, Packs.Get("CMA-AAMA").Latest);
        var windows = new[] { new CeWindow(1, cycle, new DateOnly(2026, 12, 6)), new CeWindow(2, cycle, new DateOnly(2030, 1, 1)) };

        AssertParses([
            CeTotalsQuery.CreateWindowTable(sqlite: false),
            CeTotalsQuery.FillStatement(table, windows),
            CeTotalsQuery.Aggregate(table, credentials: 1),
            CeTotalsQuery.Aggregate(table, credentials: CeTotalsQuery.FewCredentials + 1),
        ]);
    }

    [Fact]
    public void KeptTotalsAndReminderMarkStatements_ParseAsTSql()
    {
        var table = CeTotalsQuery.WindowTable(sqlite: false);
        var (start, expires) = (new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));
        var cycle = new CycleWindow(1, start, expires, expires, start, expires, Packs.Get("CMA-AAMA").Latest);
        CeWindow[] few = [new(1, cycle, new DateOnly(2026, 12, 6)), new(2, cycle, new DateOnly(2026, 12, 6))];
        var many = Enumerable.Range(1, CeTotalsQuery.FewCredentials + 1).Select(id => new CeWindow(id, cycle, new DateOnly(2026, 12, 6))).ToList();

        AssertParses([
            .. CeTotalsSql.Write(table, few.Length, sqlite: false),
            .. CeTotalsSql.Write(table, many.Count, sqlite: false),
            KeptCeTotals.ReadStatement(few),
            KeptCeTotals.ReadStatement(many),
            KeptReadinessWriter.Statement(few, new Dictionary<long, CountedReadiness>
            {
                [1] = new(new AuditReadiness(3, 2, 1, 0), new DateOnly(2026, 11, 30)),
                [2] = new(AuditReadiness.Ready, null),
            }),
            .. ReminderInputs.ForPeople([1, 2, 3]).Statements(),
        ]);
    }

    [Fact]
    public void BulkInsertStatements_ForEveryTableAndShape_ParseAsTSql()
    {
        using var db = SqlServerContext();
        var statements = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var properties = entity.GetProperties().Select(p => p.Name).ToList();
            foreach (var returnId in entity.FindProperty("Id") is null ? [false] : new[] { false, true })
            {
                var bulk = BulkTable.StatementsFor(db, entity, returnId, properties);
                statements.Add(bulk.Insert);
                if (bulk.IdentityOn is not null) statements.AddRange([bulk.IdentityOn, bulk.IdentityOff!]);
            }
        }

        Assert.Contains(statements, s => s.StartsWith("SET IDENTITY_INSERT [CeActivities] ON", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("OUTPUT INSERTED.[Id]", StringComparison.Ordinal));
        AssertParses(statements);
    }

    [Fact]
    public void ImportLookupStatement_ParsesAsTSql()
    {
        using var db = SqlServerContext();
        var run = new SqlServerImportDatabase(db);

        var statement = ActivityWriter.ExistsStatement(db, run);

        Assert.StartsWith("SELECT TOP 1 1 FROM [CeActivities]", statement, StringComparison.Ordinal);
        AssertParses([statement]);
    }

    [Fact]
    public void HangfireSchemaScript_ParsesAsTSql()
    {
        // Hangfire.SqlServer installs its schema ("HangFire") from this embedded script at start.
        var assembly = typeof(Hangfire.SqlServer.SqlServerStorage).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Install.sql", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var script = Placeholder().Replace(reader.ReadToEnd(), m => m.Groups[1].Value switch
        {
            "HangFireSchema" => "HangFire",
            "EnableHeavyMigrations" => "0",
            var other => throw new InvalidOperationException($"Unknown placeholder {other} in Hangfire's script."),
        });

        AssertParses(TSqlSyntax.Batches(script));
    }

    [Fact]
    public async Task SqliteDialect_IsRefusedByTheParser()
    {
        // The parser is strict enough to matter: the SQLite twins of the statements above do not pass as T-SQL.
        await using var database = await SqliteTestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var db = database.CreateContext();
        var run = new SqliteImportDatabase(db);

        Assert.NotEmpty(TSqlSyntax.ErrorsIn(ActivityWriter.ExistsStatement(db, run)));
        Assert.NotEmpty(TSqlSyntax.ErrorsIn(CeTotalsQuery.CreateWindowTable(sqlite: true)));
    }

    /// <summary>
    /// The guard that keeps this list whole: every source file that sends SQL text of its own is either parsed above
    /// or sends SQLite-only statements. A new raw-SQL path fails here until it is added to one of the two.
    /// </summary>
    [Fact]
    public void EveryRawSqlPathInSource_IsParsedHereOrIsSqliteOnly()
    {
        string[] parsedHere = [
            "Compliance/CeTotalsQuery.cs", "Compliance/Totals/CeTotalsStore.cs", "Compliance/Totals/KeptCeTotals.cs",
            "Compliance/Readiness/KeptReadinessWriter.cs",
            "Persistence/BulkTable.cs", "Imports/ActivityWriter.cs", "Reminders/ReminderChanges.cs",
        ];
        string[] sqliteOnly = [
            "Persistence/Backups/SqliteBackup.cs", "Persistence/DatabaseMigrator.cs", "Persistence/SqliteDeferredIndexes.cs",
            "Persistence/SqlitePageCache.cs", "Compliance/SqliteHeaderRows.cs", "Compliance/SqliteMissingRows.cs",
        ];
        var src = Path.Combine(RepositoryRoot.Path, "src");

        var rawSqlFiles = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            // EF's generated compiled models name the "Relational:SqlQuery" annotation but send no SQL.
            .Where(f => RawSql().IsMatch(File.ReadAllText(f)) && !File.ReadAllText(f).Contains("// <auto-generated />", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Path.Combine(src, "CmaRenewal.Infrastructure"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(parsedHere.Concat(sqliteOnly).Order(StringComparer.Ordinal), rawSqlFiles);
    }

    private static void AssertParses(IEnumerable<string> statements)
    {
        var errors = statements.SelectMany(s => TSqlSyntax.ErrorsIn(s)).ToList();
        Assert.True(errors.Count == 0, "T-SQL syntax errors:\n" + string.Join("\n", errors));
    }

    [GeneratedRegex(@"\$\((\w+)\)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"EXEC\(N'\s*(CREATE TRIGGER.*?)'\);", RegexOptions.Singleline)]
    private static partial Regex ExecText();

    [GeneratedRegex(@"ExecuteSql|FromSql|SqlQuery|CommandText\s*=")]
    private static partial Regex RawSql();
}
