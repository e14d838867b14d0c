using CmaRenewal.Infrastructure.Exports;

namespace CmaRenewal.Web.Features.Exports;

/// <summary>An export as a download: CSV or .xlsx written by Infrastructure's writer, with its content type and file name.</summary>
public static class ExportFile
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <param name="format"><c>csv</c>, else .xlsx.</param>
    /// <param name="header">The column names, in the rows' order.</param>
    /// <param name="rows">The cells of each row.</param>
    /// <param name="sheetName">The worksheet's name in an .xlsx file.</param>
    /// <param name="fileName">What the browser saves it as.</param>
    /// <param name="ct">The request's token.</param>
    public static async Task<IResult> DownloadAsync(
        string format, IReadOnlyList<string> header, IEnumerable<object?[]> rows, string sheetName, string fileName, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        if (format == "csv") await ComplianceExportWriter.WriteCsvAsync(buffer, header, rows, ct);
        else await ComplianceExportWriter.WriteXlsxAsync(buffer, header, rows, sheetName, ct);
        buffer.Position = 0;
        return Results.File(buffer, format == "csv" ? "text/csv; charset=utf-8" : XlsxContentType, fileName);
    }
}
