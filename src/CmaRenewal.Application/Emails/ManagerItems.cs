using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

public sealed record EscalationItem(string PersonName, string PackCode, CredentialStatus Status, string Reason) : EmailItem(ReminderKind.Escalation)
{
    public override string Title => $"{PersonName}'s {PackCode} is now {ComplianceWording.Status(Status)}";

    public override IEnumerable<string> TextLines() => [Reason];
}

public sealed record StaffDigestItem(IReadOnlyList<StaffDigestRow> Rows, int CredentialsInScope) : EmailItem(ReminderKind.StaffDigest)
{
    public override string Title => Rows.Count == 0
        ? $"All {CredentialsInScope} credentials on track"
        : $"{Rows.Count} {(Rows.Count == 1 ? "credential needs" : "credentials need")} attention";

    public string Subject => Rows.Count == 0
        ? $"Weekly staff compliance: all {CredentialsInScope} credentials on track"
        : $"Weekly staff compliance: {Rows.Count} need attention";

    public static string Line(StaffDigestRow row) =>
        $"{row.PersonName} ({row.ClinicName}) · {row.PackCode} · {ComplianceWording.Status(row.Status)}{(row.Expires is { } expires ? $" · expires {EmailFormat.Date(expires)}" : "")} · {row.StillNeed}";

    /// <summary>The sentence above the table (or instead of it).</summary>
    public string Summary => Rows.Count == 0
        ? $"All {CredentialsInScope} credentials of your staff are on track."
        : $"{Rows.Count} of {CredentialsInScope} credentials need attention:";

    public override IEnumerable<string> TextLines() => [Summary, .. Rows.Select(r => "- " + Line(r))];
}
