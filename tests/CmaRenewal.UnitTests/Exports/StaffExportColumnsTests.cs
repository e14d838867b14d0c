using System.Text;
using CmaRenewal.Application.Exports;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Exports;

namespace CmaRenewal.UnitTests.Exports;

/// <summary>The staff grid export's columns: the engine's figures in the pack's unit, its status in the app's words.</summary>
public sealed class StaffExportColumnsTests
{
    private static StaffRow Row(string name, ComplianceResult result, string? number = "12345") =>
        StaffRow.From(new CredentialCompliance(1, 1, name, "a@example.org", 1, true, "CMA-AAMA", number, result), "Riverside", null);

    [Fact]
    public async Task Csv_WritesEngineFiguresInThePacksUnit_AndEscapesFormulas()
    {
        var result = new EngineBuilder("CMA-AAMA", "2020-03-10").Ce("2020-06-01", 10, Units.AamaCeu, "clinical").EvaluateOn("2023-06-01");
        using var stream = new MemoryStream();

        await ComplianceExportWriter.WriteCsvAsync(stream, StaffExportColumns.Names, [StaffExportColumns.Values(Row("=HYPERLINK(\"x\")", result))],
            TestContext.Current.CancellationToken);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("a@example.org,\"'=HYPERLINK(\"\"x\"\")\",Riverside,CMA-AAMA,12345,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($",{result.Progress!.Total.Required:0.##},10,{result.StillNeed.Total:0.##}", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Values_FollowTheNames_WithDatesAsIsoAndTheStatusInWords()
    {
        var result = new EngineBuilder("CMA-AAMA", "2020-03-10").Ce("2020-06-01", 10, Units.AamaCeu, "clinical").EvaluateOn("2023-06-01");

        var values = StaffExportColumns.Values(Row("Ana Ruiz", result, number: null));

        Assert.Equal(StaffExportColumns.Names.Length, values.Length);
        var ceDue = result.DateOf(MilestoneKind.CeCompleteBy)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["a@example.org", "Ana Ruiz", "Riverside", "CMA-AAMA", "", "At risk", "2025-03-31", ceDue], values[..8]);
        Assert.Equal<object?>([result.Progress!.Total.Required, 10m, result.StillNeed.Total], values[^3..]);
    }

    [Fact]
    public void Values_OfACredentialWithoutCe_LeaveTheAmountsBlank()
    {
        var card = new EngineBuilder("BLS-AHA", "2024-05-10").EvaluateOn("2025-06-01");

        var values = StaffExportColumns.Values(Row("Ana Ruiz", card));

        Assert.Equal<object?>([null, null, null], values[^3..]);
    }
}
