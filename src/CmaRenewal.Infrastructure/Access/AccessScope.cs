using CmaRenewal.Core.People;

namespace CmaRenewal.Infrastructure.Access;

/// <summary>
/// What one signed-in person may see and change: admins everything, managers the people of the clinics they manage
/// (and themselves), assistants only themselves. Every page and endpoint asks this before showing or saving data.
/// </summary>
public sealed record AccessScope(long PersonId, PersonRole Role, IReadOnlySet<long> ManagedClinicIds)
{
    public static readonly AccessScope Nobody = new(0, PersonRole.Assistant, new HashSet<long>());

    /// <summary>
    /// Why a write about someone the caller can see is refused. Under <see cref="CanChange"/> the only such person is
    /// an admin seen by the manager of their home clinic, so every page, API answer and import row says this.
    /// </summary>
    public const string CannotChange = "Only an admin can change an admin.";

    /// <summary>
    /// What a manager is told when an email they invite or import belongs to someone they cannot see: one answer for
    /// every such case (another clinic's assistant, an admin, an account alone), never saying that the address exists.
    /// Admins see everyone, so they are told the real reason.
    /// </summary>
    public const string EmailNotAvailable = "This email cannot be used from your clinics. If the person should join one, ask an admin.";

    public bool IsAdmin => Role == PersonRole.Admin;

    public bool IsManager => Role is PersonRole.Manager or PersonRole.Admin;

    public bool CanSeeClinic(long clinicId) => IsAdmin || ManagedClinicIds.Contains(clinicId);

    public bool CanSeePerson(long personId, long personClinicId) =>
        IsSelf(personId) || CanSeeClinic(personClinicId);

    /// <summary>
    /// The one rule for every write about a person (credentials, fees, CE, verifying, activating, importing): everyone
    /// changes their own records and admins anyone's; managers change the people of their clinics who are not admins,
    /// other managers included (as deactivation always allowed). Seeing is not changing: the manager of an admin's home
    /// clinic sees the admin but changes nothing of theirs, since an admin outranks them.
    /// </summary>
    public bool CanChange(PersonRef person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return IsSelf(person.Id) || IsAdmin
            || Role == PersonRole.Manager && ManagedClinicIds.Contains(person.ClinicId) && person.Role != PersonRole.Admin;
    }

    private bool IsSelf(long personId) => personId == PersonId && PersonId != 0;
}
