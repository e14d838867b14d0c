using System.Globalization;
using System.IO.Compression;
using System.Text;
using CmaRenewal.Infrastructure.Exports;
using MiniExcelLibs;

namespace CmaRenewal.UnitTests.Exports;

/// <summary>The file format only: cell text, quoting, formulas typed into an email that must not run, and spreadsheet cell types.</summary>
public sealed class ComplianceExportWriterTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("text", "text")]
    [InlineData(4, "4")]
    public void Text_NonAmounts(object? value, string expected) => Assert.Equal(expected, ComplianceExportWriter.Text(value));

    [Fact]
    public void Text_OfADate_IsIso_WhateverTheCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("2026-03-02", ComplianceExportWriter.Text(new DateOnly(2026, 3, 2)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public async Task WriteXlsx_DatesAreDateCells_AmountsAreNumbers_ReadBackByTheSameLibrary()
    {
        using var stream = new MemoryStream();

        await ComplianceExportWriter.WriteXlsxAsync(stream, ["email", "expires_on", "earned", "rule_note"],
            [["ann@example.test", new DateOnly(2026, 3, 12), 2.5m, "rules v1"], ["bo@example.test", null, null, "rules v1"]],
            TestContext.Current.CancellationToken);

        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        // MiniExcel reads a number as a DateTime only when its cell's number format is a date format.
        Assert.Equal(new DateTime(2026, 3, 12), Assert.IsType<DateTime>(rows[0]["expires_on"]));
        Assert.Equal(2.5, Assert.IsType<double>(rows[0]["earned"]));
        Assert.IsType<string>(rows[0]["rule_note"]);
        Assert.Null(rows[1]["expires_on"]);
        Assert.Contains("formatCode=\"yyyy-mm-dd\"", Part(stream, "xl/styles.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteXlsx_WithoutDates_FormatsNoColumnAsADate()
    {
        using var stream = new MemoryStream();

        await ComplianceExportWriter.WriteXlsxAsync(stream, ["email", "CMA-AAMA"], [["ann@example.test", "Compliant"]], TestContext.Current.CancellationToken);

        Assert.DoesNotContain("yyyy-mm-dd", Part(stream, "xl/styles.xml"), StringComparison.Ordinal);
    }

    private static string Part(MemoryStream xlsx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx.ToArray()));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("4.00", "4")]
    [InlineData("2.50", "2.5")]
    [InlineData("0", "0")]
    [InlineData("1234.25", "1234.25")]
    public void Text_AmountsWithoutTrailingZeros_InvariantCulture(string amount, string expected) =>
        Assert.Equal(expected, ComplianceExportWriter.Text(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task WriteCsv_HeaderThenRows_QuotedWhereNeeded_FormulasEscaped()
    {
        var writer = new StringWriter { NewLine = "\n" };

        await ComplianceExportWriter.WriteCsvAsync(writer, ["email", "note", "earned"],
            [["ann@example.test", "a, b", 2.50m], ["=cmd()@example.test", null, null]], TestContext.Current.CancellationToken);

        Assert.Equal("email,note,earned\r\nann@example.test,\"a, b\",2.5\r\n\"'=cmd()@example.test\",,\r\n", writer.ToString());
    }

    [Fact]
    public async Task WriteCsv_ToAStream_IsUtf8WithoutABom()
    {
        using var stream = new MemoryStream();

        await ComplianceExportWriter.WriteCsvAsync(stream, ["name"], [["Zoë"]], TestContext.Current.CancellationToken);

        Assert.Equal(Encoding.UTF8.GetBytes("name\r\nZoë\r\n"), stream.ToArray());
    }
}
