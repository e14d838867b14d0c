using System.Text;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Web.Features.Staff;

namespace CmaRenewal.ComponentTests.Staff;

public sealed class StaffExportsTests
{
    [Fact]
    public async Task Csv_WritesEngineFiguresInThePacksUnit_AndEscapesFormulas()
    {
        var result = new EngineBuilder("CMA-AAMA", "2020-03-10").Ce("2020-06-01", 10, Units.AamaCeu, "clinical").EvaluateOn("2023-06-01");
        var row = StaffRow.From(new CredentialCompliance(1, 1, "=HYPERLINK(\"x\")", "a@example.org", 1, true, "CMA-AAMA", "12345", result),
            "Riverside", null);
        using var stream = new MemoryStream();

        await StaffExports.WriteCsvAsync(stream, [row], Xunit.TestContext.Current.CancellationToken);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("a@example.org,\"'=HYPERLINK(\"\"x\"\")\",Riverside,CMA-AAMA,12345,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($",{result.Progress!.Total.Required:0.##},10,{result.StillNeed.Total:0.##}", lines[1], StringComparison.Ordinal);
    }
}
