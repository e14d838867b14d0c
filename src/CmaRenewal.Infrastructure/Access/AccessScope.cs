using CmaRenewal.Core.People;

namespace CmaRenewal.Infrastructure.Access;

/// <summary>
/// What one signed-in person may see: admins everything, managers the people of the clinics they manage (and
/// themselves), assistants only themselves. Every page and endpoint asks this before showing data.
/// </summary>
public sealed record AccessScope(long PersonId, PersonRole Role, IReadOnlySet<long> ManagedClinicIds)
{
    public static readonly AccessScope Nobody = new(0, PersonRole.Assistant, new HashSet<long>());

    public bool IsAdmin => Role == PersonRole.Admin;

    public bool IsManager => Role is PersonRole.Manager or PersonRole.Admin;

    public bool CanSeeClinic(long clinicId) => IsAdmin || ManagedClinicIds.Contains(clinicId);

    public bool CanSeePerson(long personId, long personClinicId) =>
        personId == PersonId && PersonId != 0 || CanSeeClinic(personClinicId);
}
