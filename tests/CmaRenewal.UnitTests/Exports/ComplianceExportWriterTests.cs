using System.Text;
using CmaRenewal.Infrastructure.Exports;

namespace CmaRenewal.UnitTests.Exports;

/// <summary>The file format only: cell text, quoting, and formulas typed into an email that must not run.</summary>
public sealed class ComplianceExportWriterTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("text", "text")]
    [InlineData(4, "4")]
    public void Text_NonAmounts(object? value, string expected) => Assert.Equal(expected, ComplianceExportWriter.Text(value));

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
