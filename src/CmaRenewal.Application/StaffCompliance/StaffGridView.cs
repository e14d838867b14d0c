namespace CmaRenewal.Application.StaffCompliance;

/// <summary>A clinic the signed-in manager may look at.</summary>
public sealed record ClinicChoice(long Id, string Name);

/// <summary>
/// What opening the staff grid asks for. <see cref="ClinicId"/> null means every visible clinic, unless
/// <see cref="StartOnOneClinic"/>: then admins and managers of a single clinic start on their first clinic, because
/// evaluating a whole organisation on first load would be slow. <see cref="AsOf"/> null means today for the actor.
/// </summary>
public sealed record StaffGridRequest(long? ClinicId = null, DateOnly? AsOf = null, bool StartOnOneClinic = false);

/// <summary>
/// The grid as opened: the date it is projected for, the clinics the actor may see, the clinic shown (null for all)
/// and one row per credential. A plain record, so a prerendered page can hand it to its interactive twin.
/// </summary>
public sealed record StaffGridView(DateOnly AsOf, IReadOnlyList<ClinicChoice> Clinics, long? ClinicId, IReadOnlyList<StaffRow> Rows);
