namespace CmaRenewal.Web.Features.Admin.Clinics;

public sealed record PersonRef(long Id, string Name);

/// <summary>A clinic as the admin list shows it, with the managers linked to it.</summary>
public sealed record ClinicRow(long Id, string Name, string TimeZone, IReadOnlyList<PersonRef> Managers);
