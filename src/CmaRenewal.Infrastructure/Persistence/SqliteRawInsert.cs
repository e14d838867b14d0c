using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>
/// SQLite's side of <see cref="BulkTable"/>: one statement prepared on the connection's own handle, values bound by
/// position. Microsoft.Data.Sqlite binds every parameter by name on every execution (a name lookup and a UTF-8 copy
/// each) and steps through its reader; in a profile of the planner's write (16,000 rows) binding was over a third of it.
/// Values are stored in the text formats EF Core's SQLite mappings write, so EF reads them (and compares tokens) exactly.
/// </summary>
internal sealed class SqliteRawInsert : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly TimeSpan busyTimeout;

    public SqliteRawInsert(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("Bulk inserts need an open connection.");
        busyTimeout = TimeSpan.FromSeconds(connection.DefaultTimeout);
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out statement), db);
    }

    /// <summary>Inserts one row; for a statement with RETURNING, the integer it returned.</summary>
    public long? Insert(object?[] values)
    {
        try
        {
            for (var i = 0; i < values.Length; i++) Bind(i + 1, values[i]);
            var rc = Step();
            long? returned = null;
            if (rc == raw.SQLITE_ROW)
            {
                returned = raw.sqlite3_column_int64(statement, 0);
                rc = Step();
            }
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, db);
            return returned;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => statement.Dispose();

    // As Microsoft.Data.Sqlite does: another connection's lock is waited for up to the command timeout.
    private int Step()
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var rc = raw.sqlite3_step(statement);
            if (rc is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED) || Stopwatch.GetElapsedTime(started) >= busyTimeout) return rc;
            raw.sqlite3_reset(statement);
            Thread.Sleep(150);
        }
    }

    private void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            DateTime instant => raw.sqlite3_bind_text(statement, index, instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            Guid guid => raw.sqlite3_bind_text(statement, index, guid.ToString().ToUpperInvariant()),
            // An enum, a decimal or bytes would need EF's own conversion to be stored as EF stores them: the caller converts.
            _ => throw new NotSupportedException($"A {value.GetType().Name} value cannot be bulk inserted as it is; convert it to what EF stores."),
        };
        SqliteException.ThrowExceptionForRC(rc, db);
    }
}
