using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Access;

/// <summary>How far an actor may go with one person: not at all (unknown or invisible), see, or also change.</summary>
public enum PersonAccess
{
    None,
    See,
    Change,
}

/// <summary>The one reading of <see cref="AccessScope"/> for a person: pages, the API and the person-detail query ask it.</summary>
public static class PersonAccessRule
{
    /// <summary>
    /// Whether <paramref name="actor"/> may see <paramref name="person"/>, and change them too
    /// (<see cref="AccessScope.CanChange"/>); an unknown person (null) is simply not visible.
    /// </summary>
    public static PersonAccess Of(AccessScope actor, PersonRef? person)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (person is null || !actor.CanSeePerson(person.Id, person.ClinicId)) return PersonAccess.None;
        return actor.CanChange(person) ? PersonAccess.Change : PersonAccess.See;
    }
}
