using System.Data.Common;
using System.Globalization;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CmaRenewal.Web.Features.Imports;

/// <summary>
/// "Is this activity already there?" by its natural key (person, completed on, title, provider), as one prepared
/// command reused for every row: an EF query per row would cost more than the whole insert. It seeks the
/// (PersonId, CompletedOn) index; names come from the EF model, so they follow the migrations.
/// </summary>
internal sealed class ActivityKeys : IAsyncDisposable
{
    private readonly DbCommand command;
    private readonly bool sqlite;

    private ActivityKeys(DbCommand command, bool sqlite)
    {
        this.command = command;
        this.sqlite = sqlite;
    }

    public static ActivityKeys Open(CmaRenewalDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(CeActivity))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
        var sqlite = db.Database.IsSqlite();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var where = $"{Column("PersonId")} = @p0 AND {Column("CompletedOn")} = @p1 AND {Column("Title")} = @p2 AND {Column("Provider")} = @p3";
        command.CommandText = sqlite
            ? $"SELECT 1 FROM {sql.DelimitIdentifier(entity.GetTableName()!)} WHERE {where} LIMIT 1"
            : $"SELECT TOP 1 1 FROM {sql.DelimitIdentifier(entity.GetTableName()!)} WHERE {where}";
        for (var i = 0; i < 4; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return new ActivityKeys(command, sqlite);
    }

    public async Task<bool> ExistsAsync(long personId, DateOnly completedOn, string title, string provider, CancellationToken ct)
    {
        command.Parameters[0].Value = personId;
        // The text EF Core's SQLite mapping stores a DateOnly as (see BulkTable).
        command.Parameters[1].Value = sqlite ? completedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : completedOn;
        command.Parameters[2].Value = title;
        command.Parameters[3].Value = provider;
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
