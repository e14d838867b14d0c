using CmaRenewal.Application.Exports;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.UnitTests.Exports;

/// <summary>Person × credential: one row per person, one column per code anyone holds, the status in the cell.</summary>
public sealed class CompliancePivotTests
{
    [Fact]
    public void Build_OneRowPerPerson_SortedByEmail_BlankWhereNotHeld()
    {
        var (header, rows) = CompliancePivot.Build(
        [
            Held(2, "zoe@example.test", "Zoe Park", new EngineBuilder("BLS-AHA", "2024-05-15"), "2025-06-01"),
            Held(1, "Ann@example.test", "Ann Lee", new EngineBuilder("CMA-AAMA", "2020-03-10"), "2025-04-01"),
            Held(1, "Ann@example.test", "Ann Lee", new EngineBuilder("BLS-AHA", "2024-05-15"), "2025-06-01"),
        ]);

        Assert.Equal(["email", "name", "BLS-AHA", "CMA-AAMA"], header);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Ann@example.test", "Ann Lee", "Compliant", "InGrace"], rows[0]);
        Assert.Equal(["zoe@example.test", "Zoe Park", "Compliant", null], rows[1]);
    }

    [Fact]
    public void Build_TwoOfOneCode_TheCellShowsTheOneNeedingActionFirst()
    {
        var done = new EngineBuilder("CMA-AAMA", "2020-03-10").Ce("2021-06-01", 60, Units.AamaCeu, "general")
            .Ce("2021-06-01", 10, Units.AamaCeu, "administrative").Ce("2021-06-01", 10, Units.AamaCeu, "clinical");
        var (_, rows) = CompliancePivot.Build(
        [
            Held(1, "ann@example.test", "Ann Lee", done, "2023-06-01"),
            Held(1, "ann@example.test", "Ann Lee", new EngineBuilder("CMA-AAMA", "2020-03-10"), "2023-06-01"),
        ]);

        Assert.Equal(["ann@example.test", "Ann Lee", "AtRisk"], Assert.Single(rows));
    }

    [Fact]
    public void Build_NothingEvaluated_OnlyTheLeadingColumns()
    {
        var (header, rows) = CompliancePivot.Build([]);

        Assert.Equal(["email", "name"], header);
        Assert.Empty(rows);
    }

    private static CredentialCompliance Held(long personId, string email, string name, EngineBuilder credential, string asOf) =>
        new(personId * 10, personId, name, email, 1, true, credential.PackCode, null, credential.EvaluateOn(asOf));
}
