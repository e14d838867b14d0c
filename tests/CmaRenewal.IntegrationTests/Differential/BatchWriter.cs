using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>Where a generated batch landed: its clinic, and each saved credential with the person it came from.</summary>
internal sealed record WrittenBatch(long ClinicId, IReadOnlyDictionary<long, (int Person, int Credential)> Credentials);

/// <summary>Writes a generated batch as one clinic through the domain's own methods, so every row is one the app could hold.</summary>
internal static class BatchWriter
{
    public static async Task<WrittenBatch> WriteAsync(TestDatabase database, GeneratedBatch batch, int number, CancellationToken ct)
    {
        // No audit interceptor: generated rows need no trail, and writing one would double the rows this test writes.
        await using var db = new CmaRenewalDbContext(CmaRenewalDbOptions.Create(DatabaseProvider.Sqlite, database.ConnectionString));
        var clinic = A.Clinic($"Generated clinic {number}");
        db.Add(clinic);
        await db.SaveChangesAsync(ct);

        var people = batch.People.Select((_, i) => A.Person(clinic.Id, email: $"p{number}-{i}@example.org")).ToList();
        db.AddRange(people);
        await db.SaveChangesAsync(ct);

        var credentials = new List<(Credential Entity, List<Renewal> Renewals)>[batch.People.Count];
        for (var p = 0; p < batch.People.Count; p++)
        {
            credentials[p] = [.. batch.People[p].Credentials.Select(c =>
            {
                var credential = new Credential(people[p].Id, c.PackCode, c.CertifiedOn);
                return (credential, c.Renewals.Select(credential.RecordRenewal).ToList());
            })];
            db.AddRange(credentials[p].Select(c => c.Entity));
        }
        await db.SaveChangesAsync(ct);

        var activities = new List<(CeActivity Entity, GeneratedActivity Case, int Person)>();
        for (var p = 0; p < batch.People.Count; p++)
        {
            foreach (var (generated, saved) in batch.People[p].Credentials.Zip(credentials[p]))
                db.AddRange(generated.Payments.Select(f => new FeePayment(saved.Entity.Id, f.PaidOn, f.PaidThrough, f.AmountCents)));
            foreach (var generated in batch.People[p].Activities)
            {
                var activity = A.Activity(people[p].Id, new CeActivityDetails(generated.CompletedOn, "Generated CE", "Generated provider",
                    generated.AmountHundredths, generated.Unit, generated.Category, generated.Approved, generated.Kind));
                if (generated.Splits.Count > 0) activity.SplitAcross(generated.Splits);
                if (generated.Verification == VerificationStatus.Verified) activity.Verify();
                if (generated.Verification == VerificationStatus.Rejected) activity.Reject("Generated rejection");
                foreach (var link in generated.Links) activity.CountToward(credentials[p][link.Credential].Entity.Id);
                if (generated.Deleted) activity.Delete(database.Clock.GetUtcNow().UtcDateTime);
                activities.Add((activity, generated, p));
            }
        }
        db.AddRange(activities.Select(a => a.Entity));
        await db.SaveChangesAsync(ct);

        // Claims need the renewals' ids, which exist only now.
        foreach (var (activity, generated, p) in activities)
            foreach (var link in generated.Links.Where(l => l.ClaimedByRenewal is not null))
            {
                var (credential, renewals) = credentials[p][link.Credential];
                activity.MarkClaimed(credential.Id, renewals[link.ClaimedByRenewal!.Value].Id);
            }
        await db.SaveChangesAsync(ct);

        var map = new Dictionary<long, (int, int)>();
        for (var p = 0; p < credentials.Length; p++)
            for (var c = 0; c < credentials[p].Count; c++) map[credentials[p][c].Entity.Id] = (p, c);
        return new WrittenBatch(clinic.Id, map);
    }
}
