using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Compliance.Totals;

namespace CmaRenewal.IntegrationTests.Compliance;

/// <summary>SQLite's packed kept totals read back exactly as the row-per-total read gives them.</summary>
public sealed class PackedTotalsTests
{
    private const char Total = '\u001e';
    private const char Field = '\u001f';

    public static TheoryData<string, CeTotal[]> Cases => new()
    {
        { Pack(["aama-ceu", "clinical", "1", "course", "1250", "3"]), [new CeTotal("aama-ceu", "clinical", true, "course", 12.5m, 3)] },
        { Pack(["contact-hour", "", "0", "cpr-card", "-50", "0"]), [new CeTotal("contact-hour", null, false, "cpr-card", -0.5m, 0)] },
        {
            Pack(["aama-ceu", "general", "0", "course", "100", "1"]) + Total + Pack(["nha-credit", "administrative", "1", "course", "7", "2"]),
            [new CeTotal("aama-ceu", "general", false, "course", 1m, 1), new CeTotal("nha-credit", "administrative", true, "course", 0.07m, 2)]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_GivesTheTotalsAsTheRowsHoldThem(string packed, CeTotal[] expected)
    {
        var totals = new List<CeTotal>();
        PackedTotals.Read(packed, totals, new TextPool());
        Assert.Equal(expected, totals);
        // Same scale as the row read's hundredths / 100m, so amounts print alike on either path.
        Assert.Equal(expected.Select(t => t.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            totals.Select(t => t.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Read_SharesOneInstanceOfEachRepeatedText()
    {
        var totals = new List<CeTotal>();
        var texts = new TextPool();
        PackedTotals.Read(Pack(["aama-ceu", "clinical", "1", "course", "1", "1"]), totals, texts);
        PackedTotals.Read(Pack(["aama-ceu", "clinical", "0", "course", "2", "1"]), totals, texts);
        Assert.Same(totals[0].Unit, totals[1].Unit);
        Assert.Same(totals[0].Kind, totals[1].Kind);
    }

    [Fact]
    public void Read_RefusesATotalWithoutSixFields() =>
        Assert.Throws<FormatException>(() => PackedTotals.Read(Pack(["aama-ceu", "clinical", "1"]), [], new TextPool()));

    [Fact]
    public void WindowTotals_ReadPackedIntoTheScratchListUntilItsNextRead()
    {
        var scratch = new TotalsScratch();
        var first = new WindowTotals(Pack(["aama-ceu", "clinical", "1", "course", "250", "1"]));
        var second = new WindowTotals(Pack(["nha-credit", "", "0", "cpr-card", "100", "2"]));

        Assert.Equal([new CeTotal("aama-ceu", "clinical", true, "course", 2.5m, 1)], first.Read(scratch));
        // One list per core, reused: the next credential's totals replace the last one's, none are left behind.
        Assert.Equal([new CeTotal("nha-credit", null, false, "cpr-card", 1m, 2)], second.Read(scratch));
        Assert.Equal(first.Read(new TotalsScratch()), first.ToList(new TextPool()));
    }

    [Fact]
    public void WindowTotals_GiveSummedListsAsTheyAreAndNothingForNoTotals()
    {
        List<CeTotal> summed = [new CeTotal("aama-ceu", null, true, "course", 1m, 1)];

        Assert.Same(summed, new WindowTotals(summed).Read(new TotalsScratch()));
        Assert.Same(summed, new WindowTotals(summed).ToList(new TextPool()));
        Assert.Empty(default(WindowTotals).Read(new TotalsScratch()));
        Assert.Empty(default(WindowTotals).ToList(new TextPool()));
    }

    private static string Pack(string[] fields) => string.Join(Field, fields);
}
