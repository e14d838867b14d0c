using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Exports;

/// <summary>Which compliance export: csv or xlsx, one row per credential or person × credential, for a clinic (else all the actor's) on a day (else their today).</summary>
public sealed record ComplianceExportRequest(string Format, bool Pivot, long? ClinicId, DateOnly? AsOf);

/// <summary>
/// The staff page's compliance export as a file: the rows of <see cref="ComplianceExportRows"/> (or its pivot) written
/// by Infrastructure's CSV or XLSX writer. A clinic the actor may not see is "not found", never an empty file.
/// </summary>
public sealed class ComplianceExportFile(ComplianceExportRows exports, PersonClock clock)
{
    public const string NoSuchClinic = "There is no such clinic you may see.";

    public async Task<UseCaseResult<ExportDocument>> HandleAsync(AccessScope actor, ComplianceExportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsManager) return UseCaseResult<ExportDocument>.Forbidden("Only managers and admins can export compliance.");
        if (!ComplianceExportRows.TryClinicsFor(actor, request.ClinicId, out var clinics)) return UseCaseResult<ExportDocument>.NotFound(NoSuchClinic);
        var asOf = request.AsOf ?? await clock.TodayForAsync(actor.PersonId, ct);

        var (header, rows) = request.Pivot
            ? await exports.PivotAsync(clinics, asOf, ct)
            : (ComplianceExportColumns.Names, await exports.RowsAsync(clinics, asOf, ct));
        var name = $"{(request.Pivot ? "compliance-pivot" : "compliance")}-{asOf:yyyy-MM-dd}.{(request.Format == "csv" ? "csv" : "xlsx")}";
        return UseCaseResult<ExportDocument>.Done(await ExportDocument.WriteAsync(request.Format, header, rows, "Compliance", name, ct));
    }
}
