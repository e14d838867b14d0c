using CmaRenewal.Application.Access;
using CmaRenewal.Application.Notices;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Nudges;

/// <summary>
/// A manager's nudge: one email now, through the outbox, listing what the person's credentials still need today. At
/// most one a day per person (their local day), enforced by the outbox's unique key; done with the person's id.
/// </summary>
public sealed class NudgeHandler(
    IDbContextFactory<CmaRenewalDbContext> factory, AccessScopes scopes, PersonClock clock, ComplianceQueries queries, NoticeOutbox notices)
{
    public async Task<UseCaseResult<long>> NudgeAsync(AccessScope actor, long personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsManager) return UseCaseResult<long>.Forbidden(PersonActions.ManagersOnly);
        if (await scopes.PersonAsync(personId, ct) is not { } target || !actor.CanSeePerson(target.Id, target.ClinicId))
            return UseCaseResult<long>.NotFound(PersonWrites.Gone);
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.FirstName, p.LastName, p.Email, p.IsActive, p.Language }).SingleAsync(ct);
        var name = $"{person.FirstName} {person.LastName}";
        if (PersonActions.Refusal(actor, target, person.IsActive, name) is { } refused)
            return actor.CanChange(target) ? UseCaseResult<long>.Invalid("Person", refused) : UseCaseResult<long>.Forbidden(refused);

        var today = await clock.TodayForAsync(db, personId, ct);
        var key = PersonActions.NudgeKey(personId, today);
        var already = PersonActions.AlreadyNudged(name);
        if (await db.OutboxEmails.AnyAsync(e => e.DigestKey == key, ct)) return UseCaseResult<long>.Conflict(already);
        var credentials = await queries.EvaluateAsync(db, ComplianceScope.Person(personId), today, withLastActivity: false, ct);
        var manager = await db.People.AsNoTracking().Where(p => p.Id == actor.PersonId).Select(p => p.FirstName + " " + p.LastName).SingleOrDefaultAsync(ct);
        var meUrl = notices.Page(NudgeNotice.MePath);
        var email = await notices.AddAsync(db, personId, person.Email, person.Language,
            () => NudgeNotice.For(person.FirstName, manager ?? NoticeText.YourManager, credentials, meUrl), key, ct);
        // A second manager's nudge in the same instant breaks the unique key: the same answer as the check above.
        var result = await db.SaveAsync(() => personId, already, ct, duplicate: already);
        if (result.IsDone) await notices.SendNowAsync(email);
        return result;
    }
}
