using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>
/// Inserts rows into one entity's table through a single prepared command, inside the caller's transaction: the
/// fast path for large demo data, imports and the reminder outbox (one SaveChanges per row would take hours for 1.5 M rows). Table and
/// column names come from the EF model, so they follow the migrations.
/// </summary>
public sealed class BulkTable : IAsyncDisposable
{
    private readonly DbCommand? command;
    private readonly SqliteRawInsert? sqlite;
    private readonly string? identityOff;

    private BulkTable(DbCommand command, string? identityOff)
    {
        this.command = command;
        this.identityOff = identityOff;
    }

    private BulkTable(SqliteRawInsert sqlite) => this.sqlite = sqlite;

    public static Task<BulkTable> OpenAsync<TEntity>(DbContext db, CancellationToken ct, params string[] properties) =>
        OpenAsync<TEntity>(db, returnId: false, properties, ct);

    /// <summary>
    /// For rows whose id the database generates: <see cref="InsertReturningIdAsync"/> answers each row's id from its own
    /// INSERT, so ids are allocated exactly as for the app's own inserts and never chosen by the caller.
    /// </summary>
    public static Task<BulkTable> OpenReturningIdAsync<TEntity>(DbContext db, CancellationToken ct, params string[] properties) =>
        OpenAsync<TEntity>(db, returnId: true, properties, ct);

    private static async Task<BulkTable> OpenAsync<TEntity>(DbContext db, bool returnId, string[] properties, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var statements = StatementsFor(db, entity, returnId, properties);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");
        // SQLite's transaction belongs to the connection: a statement on its handle is inside it.
        if (db.Database.GetDbConnection() is SqliteConnection connection) return new BulkTable(new SqliteRawInsert(connection, statements.Insert));
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        if (statements.IdentityOn is not null)
        {
            command.CommandText = statements.IdentityOn;
            await command.ExecuteNonQueryAsync(ct);
        }
        command.CommandText = statements.Insert;
        for (var i = 0; i < properties.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return new BulkTable(command, statements.IdentityOff);
    }

    /// <summary>The statements a bulk insert into <paramref name="entity"/>'s table sends, in the context's dialect.</summary>
    internal static BulkStatements StatementsFor(DbContext db, IEntityType entity, bool returnId, IReadOnlyList<string> properties)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!);
        var columns = properties.Select(p => sql.DelimitIdentifier(Column(entity, p))).ToList();
        var sqlite = db.Database.IsSqlite();
        // SQL Server refuses explicit ids in an identity column unless told; SQLite takes them as they are.
        var identityInsert = !sqlite && properties.Contains("Id") && entity.FindProperty("Id")!.ValueGenerated != ValueGenerated.Never;
        var into = $"INSERT INTO {table} ({string.Join(", ", columns)})";
        var values = $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var id = returnId ? sql.DelimitIdentifier(Column(entity, "Id")) : null;
        var insert = (id, sqlite) switch
        {
            (null, _) => $"{into} {values}",
            (_, true) => $"{into} {values} RETURNING {id}",
            _ => $"{into} OUTPUT INSERTED.{id} {values}",
        };
        return identityInsert
            ? new BulkStatements($"SET IDENTITY_INSERT {table} ON", insert, $"SET IDENTITY_INSERT {table} OFF")
            : new BulkStatements(null, insert, null);
    }

    public async Task InsertAsync(CancellationToken ct, params object?[] values)
    {
        if (sqlite is not null)
        {
            ct.ThrowIfCancellationRequested();
            sqlite.Insert(values);
            return;
        }
        Bind(values);
        await command!.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Inserts a row of a table opened with <see cref="OpenReturningIdAsync"/>; the id the database gave it.</summary>
    public async Task<long> InsertReturningIdAsync(CancellationToken ct, params object?[] values)
    {
        if (sqlite is not null)
        {
            ct.ThrowIfCancellationRequested();
            return sqlite.Insert(values) ?? throw new InvalidOperationException("The insert returned no id.");
        }
        Bind(values);
        return Convert.ToInt64(await command!.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        sqlite?.Dispose();
        if (command is null) return;
        if (identityOff is not null)
        {
            command.Parameters.Clear();
            command.CommandText = identityOff;
            await command.ExecuteNonQueryAsync();
        }
        await command.DisposeAsync();
    }

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command!.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static string Column(IEntityType entity, string property) =>
        entity.FindProperty(property)?.GetColumnName()
        ?? throw new InvalidOperationException($"{entity.DisplayName()} has no property {property}.");
}

/// <summary>A bulk insert's statements: the insert, and around it SQL Server's identity switch when ids are given.</summary>
internal sealed record BulkStatements(string? IdentityOn, string Insert, string? IdentityOff);
