using System.Globalization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Application.Exports;

/// <summary>
/// The compliance export's columns, in order: one row per credential, every figure copied from the engine's
/// <see cref="ComplianceResult"/>. Dates are YYYY-MM-DD; CE amounts are in the pack's own unit and blank for
/// credentials without CE (a BLS card). The order and names are a contract read by other programs: new columns only
/// ever go at the end. <c>rule_note</c> names the rule pack version that judged the row and the values in it no source
/// confirms (<see cref="RulePackVersion.UnverifiedValues"/>; the reasons are on /rules).
/// </summary>
public static class ComplianceExportColumns
{
    public static readonly string[] Names =
    [
        "email", "credential", "number", "status", "expires_on", "ce_due_on", "fee_due_on",
        "required", "earned", "still_need", "still_need_by_category", "still_need_approved", "rule_note",
    ];

    /// <summary>Strings and dates as text, amounts as decimals (numbers in a spreadsheet), null for "none".</summary>
    public static object?[] Values(string email, string packCode, string? number, ComplianceResult r)
    {
        var progress = r.Progress;
        return
        [
            email, packCode, number ?? "", r.Status.ToString(), Date(r.Cycle.Expires),
            Date(progress is null ? null : r.DateOf(MilestoneKind.CeCompleteBy)), Date(r.Fee?.DueOn ?? r.DateOf(MilestoneKind.FeeDue)),
            progress?.Total.Required, progress?.Total.Counted, progress is null ? null : r.StillNeed.Total,
            progress is null ? "" : ByCategory(progress, r.StillNeed),
            progress?.Approved is null ? null : r.StillNeed.Approved,
            RuleNote(r.Cycle.Rules),
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
        var unverified = rules.UnverifiedSummary();
        return unverified.Length == 0 ? $"rules v{rules.Version}" : $"rules v{rules.Version}; unverified: {unverified}";
    }

    // Every category of the pack, in the pack's order, zeros included, so a reader can split the cell without
    // knowing the pack. StillNeed lists only the short ones, rounded up as the engine rounds a need.
    private static string ByCategory(CeProgress progress, StillNeed need) => string.Join(';', progress.Categories.Select(c =>
        $"{c.Code}:{StillNeed.Format(need.ByCategory.FirstOrDefault(n => n.Code == c.Code)?.Amount ?? 0m)}"));

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
