using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;
using static CmaRenewal.Application.Emails.EmailWords;

namespace CmaRenewal.Application.Emails;

public sealed record EscalationItem(string PersonName, string PackCode, CredentialStatus Status, string Reason) : EmailItem(ReminderKind.Escalation)
{
    public override string Title => Format("EscalationTitle", PersonName, PackCode, ComplianceWording.Status(Status));

    public override IEnumerable<EmailLine> Lines() => [EmailLine.Plain(Reason)];
}

public sealed record StaffDigestItem(IReadOnlyList<StaffDigestRow> Rows, int CredentialsInScope) : EmailItem(ReminderKind.StaffDigest)
{
    public override string Title => Rows.Count switch
    {
        0 => Format("DigestTitleAllOnTrack", CredentialsInScope),
        1 => Format("DigestTitleOneNeeds", Rows.Count),
        _ => Format("DigestTitleManyNeed", Rows.Count),
    };

    public string Subject => Rows.Count == 0
        ? Format("DigestSubjectAllOnTrack", CredentialsInScope)
        : Format("DigestSubjectNeedAttention", Rows.Count);

    public static string Line(StaffDigestRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var expires = row.Expires is { } day ? Format("DigestRowExpires", EmailFormat.Date(day)) : "";
        return $"{row.PersonName} ({row.ClinicName}) · {row.PackCode} · {ComplianceWording.Status(row.Status)}{expires} · {row.StillNeed}";
    }

    /// <summary>The sentence above the table (or instead of it).</summary>
    public string Summary => Rows.Count == 0
        ? Format("DigestSummaryAllOnTrack", CredentialsInScope)
        : Format("DigestSummaryNeedAttention", Rows.Count, CredentialsInScope);

    public override IEnumerable<EmailLine> Lines() => [EmailLine.Plain(Summary), .. Rows.Select(r => EmailLine.Plain("- " + Line(r)))];
}
