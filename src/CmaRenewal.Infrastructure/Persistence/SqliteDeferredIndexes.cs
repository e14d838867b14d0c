using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>
/// Secondary indexes of two tables, dropped inside a bulk load's transaction and created again before it commits:
/// SQLite builds an index from sorted rows far faster than it keeps one up to date while rows arrive in random key
/// order (seeding 90,000 credentials' CE spent most of its time there). The definitions are read back from the
/// database, so they follow the migrations; a failed load rolls the drop back with everything else.
/// </summary>
internal sealed class SqliteDeferredIndexes
{
    private readonly DbContext db;
    private readonly List<IndexSql> indexes;

    private SqliteDeferredIndexes(DbContext db, List<IndexSql> indexes)
    {
        this.db = db;
        this.indexes = indexes;
    }

    public static async Task<SqliteDeferredIndexes> DropAsync(DbContext db, string table, string otherTable, CancellationToken ct)
    {
        // Automatic indexes (primary keys, UNIQUE constraints) have no SQL and stay: they cannot be dropped.
        var indexes = await db.Database.SqlQuery<IndexSql>($"""
            SELECT sql AS "Create", 'DROP INDEX "' || name || '"' AS "Drop" FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({table}, {otherTable})
            """).ToListAsync(ct);
        foreach (var index in indexes) await db.Database.ExecuteSqlRawAsync(index.Drop, ct);
        return new SqliteDeferredIndexes(db, indexes);
    }

    public async Task CreateAsync(CancellationToken ct)
    {
        foreach (var index in indexes) await db.Database.ExecuteSqlRawAsync(index.Create, ct);
    }

    private sealed class IndexSql
    {
        public string Create { get; init; } = "";

        public string Drop { get; init; } = "";
    }
}
