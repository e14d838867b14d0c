using System.Runtime.CompilerServices;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Application.Exports;

/// <summary>
/// The compliance export's columns, in order: one row per credential, every figure copied from the engine's
/// <see cref="ComplianceResult"/>. Dates are YYYY-MM-DD in CSV and date cells in a spreadsheet; CE amounts are in the pack's own unit and blank for
/// credentials without CE (a BLS card). The order and names are a contract read by other programs: new columns only
/// ever go at the end. <c>rule_note</c> names the rule pack version that judged the row and the values in it no source
/// confirms (<see cref="RulePackVersion.UnverifiedValues"/>; the reasons are on /rules). <c>audit_ready</c> (<c>yes</c> or
/// <c>no</c>) and <c>audit_gaps</c> (<see cref="AuditReadiness.Gaps"/>, e.g. <c>certificates:3;unverified:2</c>, empty when
/// ready) are the audit drill's verdict on the same cycle, added after <c>rule_note</c> because columns only ever go at the end.
/// Every export (the admin verb, the API, the staff page's grid button and compliance menu) writes these columns, from
/// <see cref="Values"/> only.
/// </summary>
public static class ComplianceExportColumns
{
    public static readonly string[] Names =
    [
        "email", "credential", "number", "status", "expires_on", "ce_due_on", "fee_due_on",
        "required", "earned", "still_need", "still_need_by_category", "still_need_approved", "rule_note",
        "audit_ready", "audit_gaps",
    ];

    /// <summary>
    /// Strings as text, dates as <see cref="DateOnly"/> and amounts as decimals (dates and numbers in a spreadsheet), null
    /// for "none"; both audit cells are empty when the drill did not judge the credential (<paramref name="readiness"/> null).
    /// </summary>
    public static object?[] Values(string email, string packCode, string? number, ComplianceResult r, AuditReadiness? readiness)
    {
        var progress = r.Progress;
        return
        [
            email, packCode, number ?? "", r.Status.ToString(), r.Cycle.Expires,
            progress is null ? null : r.DateOf(MilestoneKind.CeCompleteBy), r.Fee?.DueOn ?? r.DateOf(MilestoneKind.FeeDue),
            progress?.Total.Required, progress?.Total.Counted, progress is null ? null : r.StillNeed.Total,
            progress is null ? "" : ByCategory(progress, r.StillNeed),
            progress?.Approved is null ? null : r.StillNeed.Approved,
            RuleNote(r.Cycle.Rules),
            readiness is null ? "" : readiness.IsReady ? "yes" : "no", readiness?.Gaps ?? "",
        ];
    }

    /// <summary>
    /// A required credential not on file: <c>credential</c> is the required code or a one-of group's codes joined by '|',
    /// <c>status</c> is Missing, every other column empty (built by name, so columns added later stay empty too).
    /// </summary>
    public static object?[] Missing(string email, RequirementGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var row = new object?[Names.Length];
        row[Array.IndexOf(Names, "email")] = email;
        row[Array.IndexOf(Names, "credential")] = group.Label;
        row[Array.IndexOf(Names, "number")] = "";
        row[Array.IndexOf(Names, "status")] = nameof(CredentialStatus.Missing);
        return row;
    }

    /// <summary>
    /// "rules v1" and, when the version has doubtful values, "; unverified: fee renewal amount; cycle anchor" (semicolons,
    /// so the CSV cell needs no quoting).
    /// </summary>
    public static string RuleNote(RulePackVersion rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return RuleNotes.GetValue(rules, static version =>
        {
            var unverified = version.UnverifiedSummary();
            return unverified.Length == 0 ? $"rules v{version.Version}" : $"rules v{version.Version}; unverified: {unverified}";
        });
    }

    // One note per version instance (held by reference, so a version the catalog drops is not kept alive): a handful
    // of versions judge every row, and composing the note per row was 40 % of building the organisation's rows.
    private static readonly ConditionalWeakTable<RulePackVersion, string> RuleNotes = new();

    // Every category of the pack, in the pack's order, zeros included, so a reader can split the cell without
    // knowing the pack. StillNeed lists only the short ones, rounded up as the engine rounds a need.
    private static string ByCategory(CeProgress progress, StillNeed need) => string.Join(';', progress.Categories.Select(c =>
        $"{c.Code}:{StillNeed.Format(need.ByCategory.FirstOrDefault(n => n.Code == c.Code)?.Amount ?? 0m)}"));
}
