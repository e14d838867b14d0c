using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Exports;

namespace CmaRenewal.Application.Exports;

/// <summary>Which compliance export: csv or xlsx, one row per credential or person × credential, for a clinic (else all the actor's) on a day (else their today).</summary>
public sealed record ComplianceExportRequest(string Format, bool Pivot, long? ClinicId, DateOnly? AsOf);

/// <summary>An export written to memory, with its content type and the name to download it as.</summary>
public sealed record ExportFile(MemoryStream Content, string ContentType, string FileName);

/// <summary>
/// The staff page's compliance export as a file: the rows of <see cref="ComplianceExportRows"/> (or its pivot) written
/// by Infrastructure's CSV or XLSX writer. A clinic the actor may not see is "not found", never an empty file.
/// </summary>
public sealed class ComplianceExportFile(ComplianceExportRows exports, PersonClock clock)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string NoSuchClinic = "There is no such clinic you may see.";

    public async Task<UseCaseResult<ExportFile>> HandleAsync(AccessScope actor, ComplianceExportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsManager) return UseCaseResult<ExportFile>.Forbidden("Only managers and admins can export compliance.");
        if (!ComplianceExportRows.TryClinicsFor(actor, request.ClinicId, out var clinics)) return UseCaseResult<ExportFile>.NotFound(NoSuchClinic);
        var asOf = request.AsOf ?? await clock.TodayForAsync(actor.PersonId, ct);

        var (header, rows) = request.Pivot
            ? await exports.PivotAsync(clinics, asOf, ct)
            : (ComplianceExportColumns.Names, await exports.RowsAsync(clinics, asOf, ct));
        var csv = request.Format == "csv";
        var buffer = new MemoryStream();
        if (csv) await ComplianceExportWriter.WriteCsvAsync(buffer, header, rows, ct);
        else await ComplianceExportWriter.WriteXlsxAsync(buffer, header, rows, ct);
        buffer.Position = 0;
        var name = $"{(request.Pivot ? "compliance-pivot" : "compliance")}-{asOf:yyyy-MM-dd}.{(csv ? "csv" : "xlsx")}";
        return UseCaseResult<ExportFile>.Done(new ExportFile(buffer, csv ? "text/csv; charset=utf-8" : XlsxContentType, name));
    }
}
