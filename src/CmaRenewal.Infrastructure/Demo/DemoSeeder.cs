using System.Diagnostics;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Demo;

/// <summary>What a seed wrote, and how long it took.</summary>
public sealed record DemoSeedResult(bool Seeded, string Message, int People, int Credentials, long Activities, TimeSpan Elapsed);

/// <summary>
/// Fills an empty database with demo data in one transaction through prepared bulk inserts. It refuses a database
/// that already holds clinics: demo data never mixes with, or harms, real data.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<CmaRenewalDbContext> factory, RuleCatalog rules, TimeProvider time)
{
    /// <summary>
    /// The demo organisation's default for assistants: one medical-assistant certification, any of the four. An
    /// assistant added with none on file shows as Missing at once.
    /// </summary>
    public const string AssistantRequirement = "CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA";

    // Links and activities land all over their indexes (people take turns); 256 MiB keeps most of a 90,000-credential
    // seed's index pages cached, well inside the 1 GiB a seed may use.
    private const int PageCacheKibibytes = 256 * 1024;

    public async Task<DemoSeedResult> SeedAsync(DemoSize size, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Clinics.AnyAsync(ct))
            return new DemoSeedResult(false, "The database already holds clinics; demo data is only seeded into an empty database.", 0, 0, 0, watch.Elapsed);

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var set = size.Credentials is { } count ? LargeDemo.Build(today, rules, count) : SmallDemo.Build(today);
        var createdAt = time.GetUtcNow().UtcDateTime;

        await db.Database.OpenConnectionAsync(ct);
        var sqlite = db.Database.IsSqlite();
        if (sqlite) await SqlitePageCache.EnlargeAsync(db, PageCacheKibibytes, ct);
        long activities;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await WriteDirectoryAsync(db, set, ct);
            db.CredentialRequirements.Add(new CredentialRequirement(null, PersonRole.Assistant, RequirementText.Parse(AssistantRequirement)));
            await db.SaveChangesAsync(ct);
            var indexes = sqlite ? await SqliteDeferredIndexes.DropAsync(db, TableOf<CeActivity>(db), TableOf<CeActivityCredential>(db), ct) : null;
            activities = await WriteActivitiesAsync(db, set, createdAt, ct);
            if (indexes is not null) await indexes.CreateAsync(ct);
            // The bulk rows bypass the change tracker: their kept totals are summed once, in the same transaction.
            await new CeTotalsStore(new ComplianceEngine(rules, time), rules, time).RebuildAsync(db, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            if (sqlite) await SqlitePageCache.ResetAsync(db);
        }

        var message = $"Seeded the {size.Name} demo: {set.Clinics.Count} clinics, {set.People.Count} people, " +
            $"{set.Credentials.Count} credentials, {activities} CE activities in {watch.Elapsed.TotalSeconds:0.0} s.";
        return new DemoSeedResult(true, message, set.People.Count, set.Credentials.Count, activities, watch.Elapsed);
    }

    private static string TableOf<TEntity>(CmaRenewalDbContext db) => db.Model.FindEntityType(typeof(TEntity))!.GetTableName()!;

    private static async Task WriteDirectoryAsync(CmaRenewalDbContext db, DemoDataSet set, CancellationToken ct)
    {
        await using (var clinics = await BulkTable.OpenAsync<Clinic>(db, ct, "Id", "Name", "TimeZone"))
            foreach (var c in set.Clinics) await clinics.InsertAsync(ct, c.Id, c.Name, c.TimeZone);
        await using (var people = await BulkTable.OpenAsync<Person>(db, ct, "Id", "ClinicId", "Email", "FirstName", "LastName", "Role", "IsActive"))
            foreach (var p in set.People) await people.InsertAsync(ct, p.Id, p.ClinicId, p.Email, p.FirstName, p.LastName, p.Role, p.IsActive);
        await using (var managers = await BulkTable.OpenAsync<ClinicManager>(db, ct, "PersonId", "ClinicId"))
            foreach (var m in set.Managers) await managers.InsertAsync(ct, m.PersonId, m.ClinicId);
        await using (var credentials = await BulkTable.OpenAsync<Credential>(db, ct, "Id", "PersonId", "PackCode", "Number", "CertifiedOn", "Version"))
            foreach (var c in set.Credentials) await credentials.InsertAsync(ct, c.Id, c.PersonId, c.PackCode, c.Number, c.CertifiedOn, Guid.NewGuid());
        await using (var renewals = await BulkTable.OpenAsync<Renewal>(db, ct, "Id", "CredentialId", "RenewedOn"))
            foreach (var r in set.Renewals) await renewals.InsertAsync(ct, r.Id, r.CredentialId, r.RenewedOn);
        await using (var payments = await BulkTable.OpenAsync<FeePayment>(db, ct, "Id", "CredentialId", "PaidOn", "PaidThrough", "AmountCents", "Currency"))
            foreach (var p in set.Payments) await payments.InsertAsync(ct, p.Id, p.CredentialId, p.PaidOn, p.PaidThrough, p.AmountCents, "USD");
    }

    private static async Task<long> WriteActivitiesAsync(CmaRenewalDbContext db, DemoDataSet set, DateTime createdAt, CancellationToken ct)
    {
        await using var activities = await BulkTable.OpenAsync<CeActivity>(db, ct, "Id", "PersonId", "CompletedOn", "Title", "Provider",
            "AmountHundredths", "Unit", "Kind", "Category", "IsApprovedProvider", "Verification", "CreatedAtUtc", "Version");
        await using var links = await BulkTable.OpenAsync<CeActivityCredential>(db, ct, "ActivityId", "CredentialId", "CompletedOn");
        long count = 0;
        foreach (var (a, credentialIds) in set.Activities)
        {
            var verification = a.ApprovedProvider ? nameof(VerificationStatus.Verified) : nameof(VerificationStatus.Unverified);
            await activities.InsertAsync(ct, a.Id, a.PersonId, a.CompletedOn, a.Title, a.Provider, a.AmountHundredths, a.Unit, a.Kind,
                a.Category, a.ApprovedProvider, verification, createdAt, Guid.NewGuid());
            foreach (var credentialId in credentialIds) await links.InsertAsync(ct, a.Id, credentialId, a.CompletedOn);
            count++;
        }
        return count;
    }
}
