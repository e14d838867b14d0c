using CmaRenewal.Application.Localization;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Access;

/// <summary>The one gate before any write about a person: not found when the actor cannot see them, forbidden when they see but may not change.</summary>
public static class PersonWrites
{
    private static readonly AppText Text = new(typeof(PersonWrites));

    /// <summary>What a write about something the actor cannot see (or that is gone) answers; it never says which.</summary>
    public static string Gone => Text["Gone"];

    // AccessScope's refusals (Infrastructure, English) in the reader's language; the English is the same sentence.
    public static string CannotChange => Text["CannotChange"];
    public static string EmailNotAvailable => Text["EmailNotAvailable"];

    /// <summary>Null when <paramref name="actor"/> may change <paramref name="personId"/>; otherwise the refusal to return.</summary>
    public static async Task<UseCaseResult<T>?> RefusalAsync<T>(this AccessScopes scopes, AccessScope actor, long personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(actor);
        var person = await scopes.PersonAsync(personId, ct);
        if (person is null || !actor.CanSeePerson(person.Id, person.ClinicId)) return UseCaseResult<T>.NotFound(Gone);
        return actor.CanChange(person) ? null : UseCaseResult<T>.Forbidden(CannotChange);
    }
}
