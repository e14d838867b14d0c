using CmaRenewal.Application.Exports;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Exports;

/// <summary>
/// One export row per credential, every cell copied from the engine's result and the audit drill's readiness, in the column
/// contract's order.
/// </summary>
public sealed class ComplianceExportColumnsTests
{
    [Fact]
    public void Names_AreTheContractOtherProgramsRead()
    {
        Assert.Equal(
            ["email", "credential", "number", "status", "expires_on", "ce_due_on", "fee_due_on",
             "required", "earned", "still_need", "still_need_by_category", "still_need_approved", "rule_note",
             "audit_ready", "audit_gaps"],
            ComplianceExportColumns.Names);
    }

    public static TheoryData<string, EngineBuilder, string, string?, AuditReadiness?, object?[]> Rows => new()
    {
        {
            // AAMA certified 2020-03-10: expires 2025-03-31, CE and fee due 30 days before; 30 of 60 points, every
            // category minimum met and all 30 points from approved providers.
            "CE half done", HalfDoneAama(), "2022-06-01", "A-1", new AuditReadiness(3, 2, 0, 0),
            ["ann@example.test", "CMA-AAMA", "A-1", "OnTrack", D("2025-03-31"), D("2025-03-01"), D("2025-03-01"),
             60m, 30m, 30m, "administrative:0;clinical:0;general:0", 0m, AamaNote, "no", "certificates:3;unverified:2"]
        },
        {
            // Short in one category and on approved points: both show, the other categories as zeros.
            "short in a category", new EngineBuilder("CMA-AAMA", "2020-03-10").Ce("2020-06-01", 4, Units.AamaCeu, "clinical", approved: false),
            "2022-06-01", "A-2", new AuditReadiness(0, 0, 0, 1),
            ["ann@example.test", "CMA-AAMA", "A-2", "AtRisk", D("2025-03-31"), D("2025-03-01"), D("2025-03-01"),
             60m, 4m, 56m, "administrative:10;clinical:6;general:10", 30m, AamaNote, "no", "approved_share:1"]
        },
        {
            // BLS has no CE and no fee: the CE cells are blank, never zero. No number typed: an empty cell.
            "no CE", new EngineBuilder("BLS-AHA", "2024-05-15"), "2025-06-01", null, AuditReadiness.Ready,
            ["ann@example.test", "BLS-AHA", "", "Compliant", D("2026-05-31"), null, null, null, null, null, "", null, "rules v1", "yes", ""]
        },
        {
            // A credential the drill did not judge (added between the two reads): neither ready nor not, so both cells are empty.
            "not judged", new EngineBuilder("BLS-AHA", "2024-05-15"), "2025-06-01", null, null,
            ["ann@example.test", "BLS-AHA", "", "Compliant", D("2026-05-31"), null, null, null, null, null, "", null, "rules v1", "", ""]
        },
    };

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Values_CopyTheEnginesFigures_AndTheDrillsReadiness(
        string scenario, EngineBuilder credential, string asOf, string? number, AuditReadiness? readiness, object?[] expected)
    {
        var row = ComplianceExportColumns.Values("ann@example.test", credential.PackCode, number, credential.EvaluateOn(asOf), readiness);

        Assert.True(expected.SequenceEqual(row), $"{scenario}: [{string.Join(", ", row.Select(v => v ?? "null"))}]");
        Assert.Equal(ComplianceExportColumns.Names.Length, row.Length);
    }

    // The AAMA's own values are verified; its CE-route fee and the other bodies' units are not.
    private const string AamaNote = "rules v1; unverified: fee recertification amount; fee recertification amountNonMember; "
        + "unit clock-hour factor; unit iacet-ceu factor; unit nha-credit factor";

    [Theory]
    [InlineData("NCMA-NCCT", "fee annual amount")]
    [InlineData("NCMA-NCCT", "CE total and categories total")]
    [InlineData("CCMA-NHA", "cycle anchor")]
    [InlineData("CCMA-NHA", "fee renewal amount")]
    public void RuleNote_NamesTheUnverifiedValuesOfTheVersionInForce(string pack, string expected)
    {
        Assert.Contains(expected, ComplianceExportColumns.RuleNote(Packs.Get(pack).Latest), StringComparison.Ordinal);
    }

    private static EngineBuilder HalfDoneAama() => new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 10, Units.AamaCeu, "administrative")
        .Ce("2020-06-01", 10, Units.AamaCeu, "clinical")
        .Ce("2020-06-01", 10, Units.AamaCeu, "general");
}
