using System.Globalization;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.StaffCompliance;

namespace CmaRenewal.Application.Exports;

/// <summary>
/// The export's columns, in order, shared by the CSV and the Excel file: dates as YYYY-MM-DD, CE amounts in the
/// credential's own unit (blank for credentials without CE, such as a BLS card).
/// </summary>
public static class StaffExportColumns
{
    public static readonly string[] Names =
        ["email", "person", "clinic", "credential", "number", "status", "expires_on", "ce_due_on", "fee_due_on", "required", "earned", "still_need"];

    public static object?[] Values(StaffRow r) =>
    [
        r.Email, r.PersonName, r.ClinicName, r.PackCode, r.Number ?? "", ComplianceWording.Status(r.Status),
        Date(r.ExpiresOn), Date(r.CeDueOn), Date(r.FeeDueOn), r.Required, r.Earned, r.Required is null ? null : r.StillNeed,
    ];

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
