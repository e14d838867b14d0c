using System.Globalization;
using CmaRenewal.Application.StaffCompliance;
using CsvHelper;
using MiniExcelLibs;

namespace CmaRenewal.Web.Features.Staff;

/// <summary>Writes the filtered grid as CSV (CsvHelper) or .xlsx (MiniExcel).</summary>
public static class StaffExports
{
    public static async Task WriteCsvAsync(Stream stream, IEnumerable<StaffRow> rows, CancellationToken ct)
    {
        // Names and emails are typed by people: one starting with "=" must not run as a formula in a spreadsheet.
        await using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteHeader(StaffExportColumns.Names);
        foreach (var row in rows)
            await csv.WriteRecordAsync([.. StaffExportColumns.Values(row).Select(Text)], ct);
        await csv.FlushAsync(ct);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        decimal amount => amount.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static async Task WriteXlsxAsync(Stream stream, IEnumerable<StaffRow> rows, CancellationToken ct)
    {
        var sheet = rows.Select(row => StaffExportColumns.Names.Zip(StaffExportColumns.Values(row))
            .ToDictionary(x => x.First, x => x.Second));
        await MiniExcel.SaveAsAsync(stream, sheet, sheetName: "Staff compliance", cancellationToken: ct);
    }
}
