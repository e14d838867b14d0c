using CmaRenewal.Core.People;

namespace CmaRenewal.Application.People;

/// <summary>A person with their clinic, role and sign-in account state, as the admin list shows them.</summary>
public sealed record PersonAccountRow(
    long Id,
    string Name,
    string Email,
    long ClinicId,
    string ClinicName,
    PersonRole Role,
    bool IsActive,
    bool HasAccount,
    bool EmailConfirmed,
    bool LockedOut);
