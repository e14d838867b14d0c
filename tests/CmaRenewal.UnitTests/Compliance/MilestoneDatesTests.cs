using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>
/// A result's milestones are made from its own cycle, CE and fee when read, and one date is answered without the list:
/// both must say what the list the engine used to keep said, for every pack, with and without CE, fee or grace.
/// </summary>
public sealed class MilestoneDatesTests
{
    public static TheoryData<string, string, string, bool> Cases()
    {
        var cases = new TheoryData<string, string, string, bool>();
        string[] packs = ["CMA-AAMA", "RMA-AMT", "CCMA-NHA", "NCMA-NCCT", "CPT-NHA", "BLS-AHA"];
        string[] days = ["2021-06-01", "2024-12-15", "2025-03-01", "2025-04-15", "2025-07-01", "2027-01-01"];
        foreach (var pack in packs)
            foreach (var day in days)
                foreach (var paid in new[] { false, true })
                    cases.Add(pack, "2020-03-31", day, paid);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DateOf_SaysWhatTheListSays(string pack, string certifiedOn, string asOf, bool paid)
    {
        var builder = new EngineBuilder(pack, certifiedOn).Ce("2021-01-10", 4m, Units.AamaCeu, "clinical");
        if (paid) builder.Paid("2020-04-01", "2025-03-31");
        var result = builder.EvaluateOn(asOf);

        foreach (var kind in Enum.GetValues<MilestoneKind>())
            Assert.Equal(result.Milestones.SingleOrDefault(m => m.Kind == kind)?.Date, result.DateOf(kind));
        Assert.Equal(result.Milestones, result.Milestones);
    }
}
