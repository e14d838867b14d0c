using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Access;

/// <summary>
/// "Today" for one person: the date in their own time zone, else their clinic's, never the server's. Due dates and
/// as-of defaults are judged on it.
/// </summary>
public sealed class PersonClock(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine)
{
    public async Task<DateOnly> TodayForAsync(long personId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await TodayForAsync(db, personId, ct);
    }

    /// <summary>The same date read through a context the caller already holds.</summary>
    public async Task<DateOnly> TodayForAsync(CmaRenewalDbContext db, long personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var zone = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { Own = p.TimeZone, Clinic = c.TimeZone }).SingleOrDefaultAsync(ct);
        return engine.TodayIn(PersonToday.ZoneOf(zone?.Own, zone?.Clinic));
    }
}
