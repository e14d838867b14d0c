using CmaRenewal.Core.People;

namespace CmaRenewal.Application.Requirements;

/// <summary>
/// One role's requirement at one level: the organisation's default (<see cref="ClinicId"/> null) or a clinic's override.
/// <see cref="Groups"/> is the stored text ("CMA-AAMA|RMA-AMT;BLS-AHA"); null means none is set (a clinic then follows
/// the default), empty means "nothing required".
/// </summary>
public sealed record RequirementSetting(long? ClinicId, PersonRole Role, string? Groups);

/// <summary>A credential type the catalog in force knows, offered when building a requirement.</summary>
public sealed record RequirementChoice(string Code, string Title);

/// <summary>
/// The requirements page: every role's default, the overrides of the clinics the actor may see, the clinics by name,
/// the credential types to pick from, and whether the actor may change them (admins).
/// </summary>
public sealed record RequirementsView(
    IReadOnlyList<RequirementSetting> Settings, IReadOnlyDictionary<long, string> Clinics, IReadOnlyList<RequirementChoice> Choices, bool CanEdit)
{
    public string? GroupsOf(long? clinicId, PersonRole role) =>
        Settings.FirstOrDefault(s => s.ClinicId == clinicId && s.Role == role)?.Groups;
}

/// <summary>
/// A change to one requirement: <see cref="Groups"/> null removes it (a clinic goes back to the default), and
/// <see cref="Replacing"/> is the text the admin saw, so someone else's change meanwhile is not overwritten.
/// </summary>
public sealed record RequirementChange(long? ClinicId, PersonRole Role, string? Groups, string? Replacing);
