using CsvHelper;
using MiniExcelLibs;

namespace CmaRenewal.Web.Features.Exports;

/// <summary>Writes export rows as RFC 4180 CSV (CsvHelper, UTF-8 without a BOM, as the grid's export) or .xlsx (MiniExcel).</summary>
public static class ComplianceExportWriter
{
    public static Task WriteCsvAsync(TextWriter writer, IEnumerable<object?[]> rows, CancellationToken ct) =>
        WriteCsvAsync(writer, ComplianceExportColumns.Names, rows, ct);

    public static Task WriteCsvAsync(Stream stream, IEnumerable<object?[]> rows, CancellationToken ct) =>
        WriteCsvAsync(stream, ComplianceExportColumns.Names, rows, ct);

    public static Task WriteXlsxAsync(Stream stream, IEnumerable<object?[]> rows, CancellationToken ct) =>
        WriteXlsxAsync(stream, ComplianceExportColumns.Names, rows, ct);

    /// <summary>Any export layout: <paramref name="header"/> names the cells of each row, in order.</summary>
    public static async Task WriteCsvAsync(TextWriter writer, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        await WriteAsync(csv, header, rows, ct);
    }

    public static async Task WriteCsvAsync(Stream stream, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        await WriteAsync(csv, header, rows, ct);
    }

    public static async Task WriteXlsxAsync(Stream stream, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var sheet = rows.Select(row => header.Zip(row).ToDictionary(x => x.First, x => x.Second));
        await MiniExcel.SaveAsAsync(stream, sheet, sheetName: "Compliance", cancellationToken: ct);
    }

    // Emails are typed by people: one starting with "=" must not run as a formula when the file is opened.
    private static CsvWriterOptions Options => new() { Injection = CsvInjection.Escape };

    private static async Task WriteAsync(CsvWriter csv, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
            await csv.WriteRecordAsync([.. row.Select(ComplianceExportColumns.Text)], ct);
        await csv.FlushAsync(ct);
    }
}
