using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// The two ways the app judges a credential, over the same database: per activity (what a person's screens and audit
/// packs do: load the activities, hand them to <see cref="ComplianceEngine.Evaluate"/>) and from SQL totals (what the
/// grid, the whole organisation, the export and reminders do: <see cref="ComplianceQueries"/>).
/// </summary>
internal sealed class TwoPaths(TestDatabase database)
{
    private readonly ComplianceEngine engine = new(Packs.Shipped, database.Clock);

    public async Task<Dictionary<long, ComplianceResult>> PerActivityAsync(long clinicId, DateOnly asOf, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var people = db.People.Where(p => p.ClinicId == clinicId).Select(p => p.Id);
        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Renewals).Where(c => people.Contains(c.PersonId)).ToListAsync(ct);
        var ids = credentials.Select(c => c.Id).ToList();
        var payments = (await db.FeePayments.AsNoTracking().Where(f => ids.Contains(f.CredentialId)).ToListAsync(ct))
            .ToLookup(f => f.CredentialId, f => f.ToFacts());
        // Rejected CE never counts; the engine itself leaves out what lies outside the window or was claimed.
        var activities = await db.CeActivities.AsNoTracking().Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
            .Where(a => people.Contains(a.PersonId) && a.Verification != VerificationStatus.Rejected).ToListAsync(ct);
        return credentials.ToDictionary(c => c.Id, c => engine.Evaluate(c.ToFacts(clinicLeadTimeDays: null),
            activities.Where(a => a.CountsToward.Any(l => l.CredentialId == c.Id)).Select(a => a.ToFacts(c.Id)), payments[c.Id], asOf));
    }

    public async Task<Dictionary<long, ComplianceResult>> TotalsAsync(long clinicId, DateOnly asOf, CancellationToken ct)
    {
        var queries = new ComplianceQueries(new OptionsDbContextFactory(database.Options()), engine);
        var rows = await queries.EvaluateAsync(ComplianceScope.Clinic(clinicId), asOf, ct);
        return rows.ToDictionary(r => r.CredentialId, r => r.Result);
    }
}
