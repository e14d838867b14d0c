using System.Data.Common;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CmaRenewal.Infrastructure.Imports;

/// <summary>
/// CE activities as an import writes them, each step one prepared command reused for every row (an EF query or
/// SaveChanges per row would cost more than the whole insert): "is this activity already there?" by its natural key
/// (person, completed on, title, provider), seeking the (PersonId, CompletedOn) index; and the activity with its
/// credential links. Names come from the EF model, so they follow the migrations.
/// </summary>
public sealed class ActivityWriter : IAsyncDisposable
{
    private readonly CmaRenewalDbContext db;
    private readonly ImportDatabase run;
    private readonly DbCommand exists;
    private BulkTable? activities;
    private BulkTable? links;

    internal ActivityWriter(CmaRenewalDbContext db, ImportDatabase run)
    {
        this.db = db;
        this.run = run;
        exists = db.Database.GetDbConnection().CreateCommand();
        exists.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        exists.CommandText = ExistsStatement(db, run);
        for (var i = 0; i < 4; i++)
        {
            var parameter = exists.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            exists.Parameters.Add(parameter);
        }
    }

    /// <summary>"Is this activity already there?" by its natural key, in the run's dialect.</summary>
    internal static string ExistsStatement(CmaRenewalDbContext db, ImportDatabase run)
    {
        var entity = db.Model.FindEntityType(typeof(CeActivity))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
        return run.SelectOne(sql.DelimitIdentifier(entity.GetTableName()!),
            $"{Column("PersonId")} = @p0 AND {Column("CompletedOn")} = @p1 AND {Column("Title")} = @p2 AND {Column("Provider")} = @p3");
    }

    public async Task<bool> ExistsAsync(long personId, DateOnly completedOn, string title, string provider, CancellationToken ct)
    {
        exists.Parameters[0].Value = personId;
        exists.Parameters[1].Value = run.DateParameter(completedOn);
        exists.Parameters[2].Value = title;
        exists.Parameters[3].Value = provider;
        return await exists.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>Inserts the activity and its links in the run's transaction; the id the activity got.</summary>
    public async Task<long> AddAsync(CeActivity activity, IEnumerable<long> credentialIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(credentialIds);
        activities ??= await BulkTable.OpenReturningIdAsync<CeActivity>(db, ct, "PersonId", "CompletedOn", "Title", "Provider",
            "AmountHundredths", "Unit", "Kind", "Category", "IsApprovedProvider", "Verification", "CreatedAtUtc", "Version");
        links ??= await BulkTable.OpenAsync<CeActivityCredential>(db, ct, "ActivityId", "CredentialId", "CompletedOn");
        var a = activity;
        // The id comes back from the INSERT that writes the row (RETURNING / OUTPUT INSERTED): the database allocates it
        // as it does for the app's own inserts, so a writer inserting meanwhile gets another id and the two can never
        // collide. Nothing reads MAX(Id) and guesses the next one. The links then use the id just given.
        var id = await activities.InsertReturningIdAsync(ct, a.PersonId, a.CompletedOn, a.Title, a.Provider, a.AmountHundredths, a.Unit,
            a.Kind, a.Category, a.IsApprovedProvider, a.Verification.ToString(), a.CreatedAtUtc, a.Version);
        foreach (var credentialId in credentialIds) await links.InsertAsync(ct, id, credentialId, a.CompletedOn);
        run.CeWrittenFor.Add(a.PersonId);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        if (activities is not null) await activities.DisposeAsync();
        if (links is not null) await links.DisposeAsync();
        await exists.DisposeAsync();
        (activities, links) = (null, null);
    }
}
