using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.People;

/// <summary>A manager's right to manage a clinic; a manager may manage several besides the home clinic.</summary>
public sealed class ClinicManager
{
    // For EF Core.
    private ClinicManager()
    {
    }

    public ClinicManager(long personId, long clinicId)
    {
        PersonId = Require.Id(personId, nameof(personId));
        ClinicId = Require.Id(clinicId, nameof(clinicId));
    }

    public long PersonId { get; private set; }
    public long ClinicId { get; private set; }
}
