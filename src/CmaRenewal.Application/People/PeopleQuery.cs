using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People;

/// <summary>A person as a list of people shows them, with their home clinic's name.</summary>
public sealed record PersonSummary(long Id, string FirstName, string LastName, string Email, long ClinicId, string ClinicName, PersonRole Role, bool IsActive);

/// <summary>
/// The people an actor may see (<see cref="AccessScope.CanSeePerson"/> as a query, so lists page in SQL): assistants
/// themselves, managers the people of their clinics, admins everyone; by last name, then first name.
/// </summary>
public sealed class PeopleQuery(IDbContextFactory<CmaRenewalDbContext> factory)
{
    private static readonly AppText Text = new(typeof(PeopleQuery));

    public static string NotFound => Text["NotFound"];

    /// <summary>The rows from <paramref name="skip"/> (at most <paramref name="take"/>), and how many there are in all.</summary>
    public async Task<(IReadOnlyList<PersonSummary> Items, int Total)> PageAsync(AccessScope actor, long? clinicId, int skip, int take, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Visible(db, actor);
        if (clinicId is { } only) query = query.Where(p => p.ClinicId == only);
        var total = await query.CountAsync(ct);
        var items = await SummariesAsync(db, query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).Skip(skip).Take(take), ct);
        return (items, total);
    }

    /// <summary>The person, or not found when they do not exist or the actor may not see them (which of the two is not said).</summary>
    public async Task<UseCaseResult<PersonSummary>> GetAsync(AccessScope actor, long personId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return (await SummariesAsync(db, Visible(db, actor).Where(p => p.Id == personId), ct)).SingleOrDefault() is { } person
            ? UseCaseResult<PersonSummary>.Done(person)
            : UseCaseResult<PersonSummary>.NotFound(NotFound);
    }

    private static IQueryable<Person> Visible(CmaRenewalDbContext db, AccessScope actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (self, admin, managed) = (actor.PersonId, actor.IsAdmin, actor.ManagedClinicIds);
        return db.People.AsNoTracking().Where(p => admin || p.Id == self && self != 0 || managed.Contains(p.ClinicId));
    }

    private static async Task<List<PersonSummary>> SummariesAsync(CmaRenewalDbContext db, IQueryable<Person> people, CancellationToken ct)
    {
        var rows = await people.Select(p => new { p.Id, p.FirstName, p.LastName, p.Email, p.ClinicId, p.Role, p.IsActive }).ToListAsync(ct);
        var clinicIds = rows.Select(r => r.ClinicId).Distinct().ToList();
        var clinics = await db.Clinics.AsNoTracking().Where(c => clinicIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return [.. rows.Select(r => new PersonSummary(r.Id, r.FirstName, r.LastName, r.Email, r.ClinicId, clinics[r.ClinicId], r.Role, r.IsActive))];
    }
}
