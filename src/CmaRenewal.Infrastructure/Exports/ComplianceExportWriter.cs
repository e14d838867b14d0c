using System.Globalization;
using CmaRenewal.Core.Compliance;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

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

    /// <summary>Amounts stay decimals here, so a spreadsheet sees numbers, not text; dates are date cells.</summary>
    public static Task WriteXlsxAsync(Stream stream, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken ct) =>
        WriteXlsxAsync(stream, header, rows, "Compliance", ct);

    public static async Task WriteXlsxAsync(
        Stream stream, IReadOnlyList<string> header, IEnumerable<object?[]> rows, string sheetName, CancellationToken ct)
    {
        var all = rows as IReadOnlyList<object?[]> ?? [.. rows];
        var sheet = all.Select(row => header.Zip(row).ToDictionary(x => x.First, x => x.Second));
        await MiniExcel.SaveAsAsync(stream, sheet, sheetName: sheetName, configuration: DateColumns(header, all), cancellationToken: ct);
    }

    /// <summary>
    /// MiniExcel writes a date as a day number; the column's format makes it read as a date, written as the CSV
    /// writes it. Only the columns holding dates get it: on an amount the same format would show a date.
    /// </summary>
    private static OpenXmlConfiguration DateColumns(IReadOnlyList<string> header, IReadOnlyList<object?[]> rows) => new()
    {
        DynamicColumns = [.. header
            .Where((_, i) => rows.Any(row => i < row.Length && row[i] is DateOnly))
            .Select(name => new DynamicExcelColumn(name) { Format = "yyyy-mm-dd", Width = 12 })],
    };

    /// <summary>A cell as CSV text: null is empty, dates YYYY-MM-DD, amounts without trailing zeros ("4", "2.5"), the rest invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
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
