using CmaRenewal.Infrastructure.Exports;

namespace CmaRenewal.Application.Exports;

/// <summary>An export written to memory by Infrastructure's CSV or .xlsx writer, with its content type and download name.</summary>
public sealed record ExportDocument(MemoryStream Content, string ContentType, string FileName)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <param name="format"><c>csv</c>, else .xlsx.</param>
    /// <param name="header">The column names, in the rows' order.</param>
    /// <param name="rows">The cells of each row.</param>
    /// <param name="sheetName">The worksheet's name in an .xlsx file.</param>
    /// <param name="fileName">What the browser saves it as.</param>
    /// <param name="ct">The request's token.</param>
    public static async Task<ExportDocument> WriteAsync(
        string format, IReadOnlyList<string> header, IEnumerable<object?[]> rows, string sheetName, string fileName, CancellationToken ct)
    {
        var csv = format == "csv";
        var buffer = new MemoryStream();
        if (csv) await ComplianceExportWriter.WriteCsvAsync(buffer, header, rows, ct);
        else await ComplianceExportWriter.WriteXlsxAsync(buffer, header, rows, sheetName, ct);
        buffer.Position = 0;
        return new ExportDocument(buffer, csv ? "text/csv; charset=utf-8" : XlsxContentType, fileName);
    }
}
