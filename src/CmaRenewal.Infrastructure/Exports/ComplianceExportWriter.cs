using System.Globalization;
using CmaRenewal.Core.Compliance;
using CsvHelper;
using MiniExcelLibs;

namespace CmaRenewal.Infrastructure.Exports;

/// <summary>
/// Writes export rows as RFC 4180 CSV (CsvHelper, UTF-8 without a BOM, as the grid's export) or .xlsx (MiniExcel).
/// Only the file format lives here: the header names the cells of each row, in order, and which
/// columns there are is the caller's (the Application's export rows).
/// </summary>
public static class ComplianceExportWriter
{
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

    /// <summary>Amounts stay decimals here, so a spreadsheet sees numbers, not text.</summary>
    public static Task WriteXlsxAsync(Stream stream, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken ct) =>
        WriteXlsxAsync(stream, header, rows, "Compliance", ct);

    public static async Task WriteXlsxAsync(
        Stream stream, IReadOnlyList<string> header, IEnumerable<object?[]> rows, string sheetName, CancellationToken ct)
    {
        var sheet = rows.Select(row => header.Zip(row).ToDictionary(x => x.First, x => x.Second));
        await MiniExcel.SaveAsAsync(stream, sheet, sheetName: sheetName, cancellationToken: ct);
    }

    /// <summary>A cell as CSV text: null is empty, amounts without trailing zeros ("4", "2.5"), the rest invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        decimal amount => StillNeed.Format(amount),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // Emails are typed by people: one starting with "=" must not run as a formula when the file is opened.
    private static CsvWriterOptions Options => new() { Injection = CsvInjection.Escape };

    private static async Task WriteAsync(CsvWriter csv, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
            await csv.WriteRecordAsync([.. row.Select(Text)], ct);
        await csv.FlushAsync(ct);
    }
}
