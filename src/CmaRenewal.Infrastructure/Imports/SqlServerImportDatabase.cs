using System.Data;
using System.Data.Common;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.Infrastructure.Imports;

/// <summary>SQL Server: an ordinary read-committed transaction; ids come from the identity column (see <see cref="ActivityWriter"/>).</summary>
internal sealed class SqlServerImportDatabase(CmaRenewalDbContext db) : ImportDatabase(db)
{
    private protected override async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);

    internal override string SelectOne(string table, string where) => $"SELECT TOP 1 1 FROM {table} WHERE {where}";
}
