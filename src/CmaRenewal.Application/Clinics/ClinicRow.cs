namespace CmaRenewal.Application.Clinics;

/// <summary>A person named in a clinic's list (its managers, or a manager who may be linked).</summary>
public sealed record NamedPerson(long Id, string Name);

/// <summary>A clinic as the admin list shows it, with the managers linked to it and its own reminder offsets.</summary>
public sealed record ClinicRow(long Id, string Name, string TimeZone, IReadOnlyList<NamedPerson> Managers, ReminderDays Reminders);

/// <summary>A clinic's days-before lists as typed ("90, 30, 7"); blank keeps the rule pack's.</summary>
public sealed record ReminderDays(string? Ce, string? Fee, string? Expiration);
