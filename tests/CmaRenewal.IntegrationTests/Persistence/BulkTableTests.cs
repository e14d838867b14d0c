using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.Data.Sqlite;

namespace CmaRenewal.IntegrationTests.Persistence;

/// <summary>
/// <see cref="BulkTable"/> on SQLite binds values on the connection's own handle (<see cref="SqliteRawInsert"/>): the
/// rows it stores must equal the rows EF's SaveChanges stores for the same entity, column by column, type by type,
/// whatever the text holds. (On SQL Server it stays Microsoft's provider command; its statements are parsed by
/// <c>SqlServerScriptTests</c>.)
/// </summary>
public sealed class BulkTableTests : IAsyncLifetime
{
    private static readonly string[] EmailColumns = ["Purpose", "RecipientPersonId", "DigestKey", "Day", "ToAddress",
        "Subject", "IsSensitive", "MessageId", "Status", "Attempts", "NextAttemptAtUtc", "CreatedAtUtc", "Version"];

    private static readonly string[] Texts = [
        "plain", "two  spaces", "quote \" and 'apostrophe'", "back\\slash and /slash", "line\nbreak\ttab\r end", "café Ünïcødé 日本 😀",
        "control \u0001\u001f end", "<b>&amp;</b>", "-- not a comment; DROP TABLE People", "null", "@p0 ? :name $x",
    ];

    private static readonly DateTime CreatedAt = new DateTime(2026, 12, 7, 10, 11, 12, 345, DateTimeKind.Utc).AddTicks(6789);

    private SqliteTestDatabase database = null!;
    private long personId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(Ct);
        var clinicId = (await database.SaveAsync(A.Clinic("Lakeside"), Ct)).Id;
        personId = (await database.SaveAsync(A.Person(clinicId), Ct)).Id;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task BulkRows_AreStoredAsEfStoresTheSameEntities()
    {
        // The same emails twice, told apart by day (and so digest key): once through EF, once through the bulk insert.
        await using (var db = database.CreateContext())
        {
            db.OutboxEmails.AddRange(Texts.Select((text, i) => Email(new DateOnly(2026, 1, 1).AddDays(i), text)));
            await db.SaveChangesAsync(Ct);
        }
        await using (var db = database.CreateContext())
        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            await using (var table = await BulkTable.OpenAsync<OutboxEmail>(db, Ct, EmailColumns))
                foreach (var e in Texts.Select((text, i) => Email(new DateOnly(2027, 1, 1).AddDays(i), text)))
                    await table.InsertAsync(Ct, Values(e));
            await transaction.CommitAsync(Ct);
        }

        var stored = await StoredEmailsAsync();
        Assert.Equal(2 * Texts.Length, stored.Count);
        Assert.Equal(stored.Take(Texts.Length).Select(Comparable), stored.Skip(Texts.Length).Select(Comparable));
        Assert.Equal(Texts.Select(t => $"text:{Quote(t)}"), stored.Skip(Texts.Length).Select(r => r["Subject"]));
    }

    [Fact]
    public async Task ReturningId_AnswersTheIdSqliteGave()
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var ids = new List<long>();
        await using (var table = await BulkTable.OpenReturningIdAsync<OutboxEmail>(db, Ct, EmailColumns))
            for (var i = 0; i < 3; i++) ids.Add(await table.InsertReturningIdAsync(Ct, Values(Email(new DateOnly(2026, 5, 1).AddDays(i), $"n{i}"))));
        await transaction.CommitAsync(Ct);

        var stored = await StoredEmailsAsync();
        Assert.Equal(stored.Select(r => long.Parse(r["Id"].Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)), ids);
        Assert.Equal(["text:'n0'", "text:'n1'", "text:'n2'"], stored.Select(r => r["Subject"]));
    }

    [Fact]
    public async Task ATakenKey_FailsWithSqlitesReason_AndTheRollbackLeavesNothing()
    {
        await using (var db = database.CreateContext())
        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            await using var table = await BulkTable.OpenAsync<OutboxEmail>(db, Ct, EmailColumns);
            await table.InsertAsync(Ct, Values(Email(new DateOnly(2026, 3, 1), "first")));
            await table.InsertAsync(Ct, Values(Email(new DateOnly(2026, 3, 2), "second")));
            var error = await Assert.ThrowsAsync<SqliteException>(() => table.InsertAsync(Ct, Values(Email(new DateOnly(2026, 3, 1), "again"))));
            Assert.Contains("UNIQUE constraint failed", error.Message, StringComparison.Ordinal);
            Assert.Equal(19, error.SqliteErrorCode);
            // The statement is reset after a failure: the next row goes in.
            await table.InsertAsync(Ct, Values(Email(new DateOnly(2026, 3, 3), "third")));
        }

        Assert.Empty(await StoredEmailsAsync());
    }

    [Fact]
    public async Task AValueEfWouldConvert_IsRefused()
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        await using var table = await BulkTable.OpenAsync<OutboxEmail>(db, Ct, EmailColumns);
        var values = Values(Email(new DateOnly(2026, 4, 1), "x"));
        values[8] = OutboxStatus.Queued;

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => table.InsertAsync(Ct, values));
        Assert.Contains(nameof(OutboxStatus), error.Message, StringComparison.Ordinal);
    }

    private OutboxEmail Email(DateOnly day, string subject) => OutboxEmail.ForReminders(personId, "sam@example.org", day, subject, CreatedAt);

    private static object?[] Values(OutboxEmail e) => [e.Purpose.ToString(), e.RecipientPersonId, e.DigestKey, e.Day, e.ToAddress,
        e.Subject, e.IsSensitive, e.MessageId, e.Status.ToString(), e.Attempts, e.NextAttemptAtUtc, e.CreatedAtUtc, e.Version];

    // Every column as "type:literal", so a text '1' and an integer 1 differ. The bulk rows' year is 2027 (in day and key);
    // ids, message ids and versions are new per row and keep their type only.
    private static string Comparable(Dictionary<string, string> row) => string.Join("|", row.OrderBy(c => c.Key, StringComparer.Ordinal)
        .Select(c => c.Key is "Id" or "MessageId" or "Version" ? $"{c.Key}={c.Value.Split(':')[0]}"
            : $"{c.Key}={c.Value.Replace("2027-", "2026-", StringComparison.Ordinal)}"));

    private static string Quote(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    private async Task<List<Dictionary<string, string>>> StoredEmailsAsync()
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('OutboxEmails')";
            await using var names = await info.ExecuteReaderAsync(Ct);
            while (await names.ReadAsync(Ct)) columns.Add(names.GetString(0));
        }
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"typeof(\"{c}\") || ':' || quote(\"{c}\")"))} FROM OutboxEmails ORDER BY Id";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync(Ct)) rows.Add(columns.Select((c, i) => (c, reader.GetString(i))).ToDictionary(x => x.c, x => x.Item2));
        return rows;
    }
}
