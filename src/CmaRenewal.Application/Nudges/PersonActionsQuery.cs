using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Nudges;

/// <summary>
/// The state of the nudge and invite buttons for a page of people in two queries (people with their zones and
/// accounts, then today's nudges), so the grid stays one round trip per page. People the actor cannot see are left out.
/// </summary>
public sealed class PersonActionsQuery(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine)
{
    public async Task<IReadOnlyDictionary<long, PersonActions>> ForAsync(AccessScope actor, IReadOnlyCollection<long> personIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(personIds);
        if (personIds.Count == 0 || !actor.IsManager) return new Dictionary<long, PersonActions>();
        await using var db = await factory.CreateDbContextAsync(ct);
        var people = (await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
                .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new
                {
                    p.Id, p.ClinicId, p.Role, p.IsActive, Name = p.FirstName + " " + p.LastName, Own = p.TimeZone, Clinic = c.TimeZone,
                    HasAccount = db.Users.Any(u => u.PersonId == p.Id),
                })
                .ToListAsync(ct))
            .Where(p => actor.CanSeePerson(p.Id, p.ClinicId))
            .Select(p => (p, Key: PersonActions.NudgeKey(p.Id, engine.TodayIn(PersonToday.ZoneOf(p.Own, p.Clinic))))).ToList();
        var keys = people.Select(x => x.Key).ToList();
        var nudged = (await db.OutboxEmails.AsNoTracking().Where(e => e.DigestKey != null && keys.Contains(e.DigestKey))
            .Select(e => e.DigestKey!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return people.ToDictionary(x => x.p.Id, x => PersonActions.For(actor, new PersonRef(x.p.Id, x.p.ClinicId, x.p.Role), x.p.IsActive,
            x.p.Name, x.p.HasAccount, nudged.Contains(x.Key)));
    }
}
