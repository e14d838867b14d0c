using CmaRenewal.Application.Localization;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Exports;

/// <summary>
/// Which compliance export: csv or xlsx, one row per credential or person × credential, the rows the staff grid's
/// <paramref name="Filter"/> keeps (its clinic, else all the actor's), on a day (else the actor's today).
/// </summary>
public sealed record ComplianceExportRequest(string Format, bool Pivot, StaffFilter Filter, DateOnly? AsOf);

/// <summary>
/// The staff page's exports as a file, its grid button and its compliance menu alike: the rows of
/// <see cref="ComplianceExportRows"/> (or its pivot) written by Infrastructure's CSV or XLSX writer, so every file has
/// the columns and status spellings of <see cref="ComplianceExportColumns"/>. A clinic the actor may not see is
/// "not found", never an empty file.
/// </summary>
public sealed class ComplianceExportFile(ComplianceExportRows exports, PersonClock clock)
{
    private static readonly AppText Text = new(typeof(ComplianceExportFile));

    public static string NoSuchClinic => Text["NoSuchClinic"];

    public async Task<UseCaseResult<ExportDocument>> HandleAsync(AccessScope actor, ComplianceExportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsManager) return UseCaseResult<ExportDocument>.Forbidden(Text["ManagersOnly"]);
        if (!ComplianceExportRows.TryClinicsFor(actor, request.Filter.ClinicId, out var clinics)) return UseCaseResult<ExportDocument>.NotFound(NoSuchClinic);
        var asOf = request.AsOf ?? await clock.TodayForAsync(actor.PersonId, ct);

        var (header, rows) = request.Pivot
            ? await exports.PivotAsync(clinics, asOf, request.Filter, ct)
            : (ComplianceExportColumns.Names, await exports.RowsAsync(clinics, asOf, request.Filter, ct));
        var name = $"{(request.Pivot ? "compliance-pivot" : "compliance")}-{asOf:yyyy-MM-dd}.{(request.Format == "csv" ? "csv" : "xlsx")}";
        return UseCaseResult<ExportDocument>.Done(await ExportDocument.WriteAsync(request.Format, header, rows, "Compliance", name, ct));
    }
}
