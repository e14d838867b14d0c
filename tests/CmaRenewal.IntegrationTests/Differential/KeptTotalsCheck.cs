using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// Every credential of a clinic has kept CE totals stamped with today's window, and they equal both the sums worked
/// out activity by activity here (first split carries the count) and the read-time SQL aggregate.
/// </summary>
internal static class KeptTotalsCheck
{
    public static async Task AssertAsync(TestDatabase database, long clinicId, string after, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var engine = new ComplianceEngine(Packs.Shipped, database.Clock);
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        var people = db.People.Where(p => p.ClinicId == clinicId).Select(p => p.Id);
        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Renewals).Where(c => people.Contains(c.PersonId)).ToListAsync(ct);
        var ids = credentials.Select(c => c.Id).ToList();
        var stamps = await db.CeTotalsStamps.AsNoTracking().Where(s => ids.Contains(s.CredentialId)).ToDictionaryAsync(s => s.CredentialId, ct);
        var kept = (await db.CeCredentialTotals.AsNoTracking().Where(t => ids.Contains(t.CredentialId)).ToListAsync(ct))
            .ToLookup(t => t.CredentialId, t => PerActivityTotals.Line(t.Unit, t.Category, t.ApprovedProvider, t.Kind, t.AmountHundredths, t.Count));
        var activities = await db.CeActivities.AsNoTracking().Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
            .Where(a => people.Contains(a.PersonId) && a.Verification != VerificationStatus.Rejected).ToListAsync(ct);
        var windows = credentials.Select(c => new CeWindow(c.Id, engine.CycleOf(c.ToFacts(clinicLeadTimeDays: null), today), DateOnly.MaxValue)).ToList();
        var aggregate = await CeTotalsQuery.RunAsync(db, windows, ct);

        foreach (var window in windows)
        {
            var id = window.CredentialId;
            Assert.True(stamps.TryGetValue(id, out var stamp), $"after {after}: credential {id} has no kept totals");
            Assert.Equal((window.Cycle.EarnFrom, window.Cycle.EarnThrough), (stamp.EarnFrom, stamp.EarnThrough));
            var counted = activities.Where(a => a.CountsToward.Any(l => l.CredentialId == id && !l.IsClaimed) && window.Cycle.Contains(a.CompletedOn)).ToList();
            var expected = PerActivityTotals.Of(counted);
            Assert.True(expected.SequenceEqual(kept[id].Order(StringComparer.Ordinal)),
                $"after {after}: credential {id} keeps [{string.Join("; ", kept[id])}], its activities sum to [{string.Join("; ", expected)}]");
            Assert.Equal(expected, [.. (aggregate.GetValueOrDefault(id) ?? [])
                .Select(t => PerActivityTotals.Line(t.Unit, t.Category ?? "", t.ApprovedProvider, t.Kind, (long)(t.Amount * 100), t.Count)).Order(StringComparer.Ordinal)]);
            Assert.Equal(counted.Count == 0 ? null : counted.Max(a => a.CompletedOn), stamp.LatestCompletedOn);
            if (db.Database.IsSqlite()) Assert.Equal(expected, Unpacked(stamp.PackedTotals));
        }
    }

    // SQLite packs the kept rows onto the stamp on write; the organisation's read takes them from there.
    private static string[] Unpacked(string? packed)
    {
        var totals = new List<CeTotal>();
        if (packed is not null) PackedTotals.Read(packed, totals, new TextPool());
        return [.. totals.Select(t => PerActivityTotals.Line(t.Unit, t.Category ?? "", t.ApprovedProvider, t.Kind, (long)(t.Amount * 100), t.Count))
            .Order(StringComparer.Ordinal)];
    }

    public static async Task<int> WithoutStampAsync(TestDatabase database, long clinicId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var people = db.People.Where(p => p.ClinicId == clinicId).Select(p => p.Id);
        return await db.Credentials.CountAsync(c => people.Contains(c.PersonId) && !db.CeTotalsStamps.Any(s => s.CredentialId == c.Id), ct);
    }
}
