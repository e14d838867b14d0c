using System.Data.Common;
using System.Globalization;
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
    private readonly DbCommand command;
    private readonly bool sqlite;
    private readonly bool identityInsert;
    private readonly string table;

    private BulkTable(DbCommand command, bool sqlite, bool identityInsert, string table)
    {
        this.command = command;
        this.sqlite = sqlite;
        this.identityInsert = identityInsert;
        this.table = table;
    }

    public static async Task<BulkTable> OpenAsync<TEntity>(DbContext db, CancellationToken ct, params string[] properties)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!);
        var columns = properties.Select(p => sql.DelimitIdentifier(Column(entity, p))).ToList();
        var sqlite = db.Database.IsSqlite();
        // SQL Server refuses explicit ids in an identity column unless told; SQLite takes them as they are.
        var identityInsert = !sqlite && properties.Contains("Id") && entity.FindProperty("Id")!.ValueGenerated != ValueGenerated.Never;

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");
        if (identityInsert)
        {
            command.CommandText = $"SET IDENTITY_INSERT {table} ON";
            await command.ExecuteNonQueryAsync(ct);
        }
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return new BulkTable(command, sqlite, identityInsert, table);
    }

    public async Task InsertAsync(CancellationToken ct, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = ToProvider(values[i]) ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (identityInsert)
        {
            command.Parameters.Clear();
            command.CommandText = $"SET IDENTITY_INSERT {table} OFF";
            await command.ExecuteNonQueryAsync();
        }
        await command.DisposeAsync();
    }

    // The same text formats EF Core's SQLite mappings write, so EF reads (and compares concurrency tokens) exactly.
    private object? ToProvider(object? value) => !sqlite ? value : value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString().ToUpperInvariant(),
        bool flag => flag ? 1L : 0L,
        _ => value,
    };

    private static string Column(IEntityType entity, string property) =>
        entity.FindProperty(property)?.GetColumnName()
        ?? throw new InvalidOperationException($"{entity.DisplayName()} has no property {property}.");
}
