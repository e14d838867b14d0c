using CmaRenewal.Core.People;

namespace CmaRenewal.Core.Requirements;

/// <summary>
/// What people of one role must hold: the organisation's default (<see cref="ClinicId"/> null) or one clinic's
/// override, which replaces the default for that clinic entirely (an override with no groups means "nothing required
/// here"). Codes are checked against the rule catalog by the use case that saves them, since the catalog changes.
/// </summary>
public sealed class CredentialRequirement
{
    public const int GroupsMaxLength = 1000;

    // For EF Core.
    private CredentialRequirement()
    {
        Groups = "";
    }

    public CredentialRequirement(long? clinicId, PersonRole role, IEnumerable<RequirementGroup> groups)
    {
        if (clinicId is <= 0) throw new ArgumentOutOfRangeException(nameof(clinicId), clinicId, "clinicId must be a saved clinic's id.");
        ClinicId = clinicId;
        Role = role;
        Groups = "";
        Replace(groups);
    }

    public long Id { get; private set; }

    /// <summary>Null for the organisation's default.</summary>
    public long? ClinicId { get; private set; }

    public PersonRole Role { get; private set; }

    /// <summary>The groups in <see cref="RequirementText"/> form.</summary>
    public string Groups { get; private set; }

    public IReadOnlyList<RequirementGroup> GroupList => RequirementText.Parse(Groups);

    public void Replace(IEnumerable<RequirementGroup> groups)
    {
        var text = RequirementText.Format(groups ?? throw new ArgumentNullException(nameof(groups)));
        if (text.Length > GroupsMaxLength)
            throw new ArgumentException($"A requirement is longer than {GroupsMaxLength} characters.", nameof(groups));
        Groups = text;
    }
}
