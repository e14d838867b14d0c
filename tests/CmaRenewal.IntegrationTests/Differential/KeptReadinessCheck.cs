using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Compliance.Readiness;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// Every credential of a clinic, as of today: the audit readiness a grid reads (kept on the stamp, judged by
/// <see cref="ComplianceQueries"/>) equals the live count (<see cref="ReadinessFacts"/>) and the drill's own findings
/// counted (<see cref="AuditReadiness.Of"/> of <see cref="AuditDrill.Findings"/>, worked out activity by activity here);
/// and the kept counts serve every credential whose stamp exists and whose CE all lies on or before today.
/// </summary>
internal static class KeptReadinessCheck
{
    public static async Task AssertAsync(TestDatabase database, long clinicId, string after, CancellationToken ct)
    {
        var engine = new ComplianceEngine(Packs.Shipped, database.Clock);
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        var queries = new ComplianceQueries(new OptionsDbContextFactory(database.Options()), engine);
        var rows = await queries.EvaluateAsync(ComplianceScope.Clinic(clinicId), today, ct);

        await using var db = database.CreateContext();
        var live = await ReadinessFacts.CountAsync(db, [.. rows.Select(r => new ReadinessTarget(r.CredentialId, r.Result.Cycle, today))], ct);
        var people = db.People.Where(p => p.ClinicId == clinicId).Select(p => p.Id);
        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Renewals).Where(c => people.Contains(c.PersonId)).ToDictionaryAsync(c => c.Id, ct);
        var activities = await db.CeActivities.AsNoTracking().Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
            .Where(a => people.Contains(a.PersonId) && a.Verification != VerificationStatus.Rejected).ToListAsync(ct);
        var ids = credentials.Keys.ToList();
        var stamped = (await db.CeTotalsStamps.AsNoTracking().Where(s => ids.Contains(s.CredentialId)).Select(s => s.CredentialId).ToListAsync(ct)).ToHashSet();

        foreach (var row in rows)
        {
            var id = row.CredentialId;
            var linked = activities.Where(a => a.CountsToward.Any(l => l.CredentialId == id)).ToList();
            var result = engine.Evaluate(credentials[id].ToFacts(clinicLeadTimeDays: null), linked.Select(a => a.ToFacts(id)), [], today);
            var drill = AuditReadiness.Of(AuditDrill.Findings(result, [.. linked.Select(a => new DrillActivity(a.Id, a.CompletedOn,
                DateOnly.FromDateTime(a.CreatedAtUtc), a.Title, a.Certificate is not null, a.Verification, a.ToFacts(id).ClaimedByEarlierRenewal))]));
            Assert.True(drill == live[id], $"after {after}: credential {id}: the drill finds {drill}, the live count {live[id]}");
            if (row.Readiness is { } kept)
                Assert.True(drill == kept, $"after {after}: credential {id}: the drill finds {drill}, the kept counts say {kept}");
            else if (stamped.Contains(id) && linked.All(a => a.CompletedOn <= today))
                Assert.Fail($"after {after}: credential {id} has a stamp and no CE after today, but its kept readiness did not serve");
        }
    }
}
