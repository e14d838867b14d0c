using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Web.Components.Shared;

namespace CmaRenewal.ComponentTests.Shared;

public sealed class StatusSummaryTests : MudBlazorTestContext
{
    // AAMA, certified 2020-03-10, half its CE done in 2020: the date alone moves it through the statuses
    // (the calendar is spelled out in UnitTests' StatusTests).
    private static EngineBuilder HalfDoneAama() => new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 10, Units.AamaCeu, "administrative")
        .Ce("2020-06-01", 10, Units.AamaCeu, "clinical")
        .Ce("2020-06-01", 10, Units.AamaCeu, "general");

    [Fact]
    public void Rows_AreCountedPerStatus_AndAStatusWithoutRowsShowsZero()
    {
        IReadOnlyList<CredentialCompliance> rows =
        [
            Row(HalfDoneAama().EvaluateOn("2022-06-01")),  // OnTrack
            Row(HalfDoneAama().EvaluateOn("2023-06-01")),  // AtRisk
            Row(HalfDoneAama().EvaluateOn("2024-12-02")),  // DueSoon
            Row(HalfDoneAama().EvaluateOn("2025-03-01")),  // DueSoon
            Row(HalfDoneAama().EvaluateOn("2025-03-02")),  // Overdue
            Row(HalfDoneAama().EvaluateOn("2025-04-01")),  // InGrace
            Row(HalfDoneAama().Ce("2021-06-01", 30, Units.AamaCeu, "general").EvaluateOn("2023-06-01")),  // Compliant
        ];

        var cut = Render<StatusSummary>(p => p.Add(s => s.Rows, rows));

        Assert.Equal(
            new Dictionary<CredentialStatus, int>
            {
                [CredentialStatus.Missing] = 0, [CredentialStatus.Lapsed] = 0, [CredentialStatus.InGrace] = 1, [CredentialStatus.Overdue] = 1,
                [CredentialStatus.DueSoon] = 2, [CredentialStatus.AtRisk] = 1, [CredentialStatus.OnTrack] = 1,
                [CredentialStatus.Compliant] = 1,
            },
            Counts(cut));
    }

    [Fact]
    public void NoRows_ShowsEveryStatusWithZero()
    {
        var cut = Render<StatusSummary>(p => p.Add(s => s.Rows, []));

        Assert.Equal(Enum.GetValues<CredentialStatus>().Order(), Counts(cut).Keys.Order());
        Assert.All(Counts(cut).Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void EachCount_SitsBesideTheChipOfItsStatus()
    {
        var cut = Render<StatusSummary>(p => p.Add(s => s.Rows, [Row(HalfDoneAama().EvaluateOn("2025-06-30"))]));

        var card = cut.Find("[data-status-count=Lapsed]").ParentElement!;
        Assert.Equal("Lapsed", card.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Equal("1", card.QuerySelector("[data-status-count]")!.TextContent.Trim());
    }

    private static Dictionary<CredentialStatus, int> Counts(IRenderedComponent<StatusSummary> cut) =>
        cut.FindAll("[data-status-count]").ToDictionary(
            e => Enum.Parse<CredentialStatus>(e.GetAttribute("data-status-count")!),
            e => int.Parse(e.TextContent, System.Globalization.CultureInfo.InvariantCulture));

    private static int nextId;

    private static CredentialCompliance Row(ComplianceResult result)
    {
        var id = Interlocked.Increment(ref nextId);
        return new CredentialCompliance(id, id, $"Person {id}", $"person{id}@example.org", 1, true, "CMA-AAMA", null, result);
    }
}
