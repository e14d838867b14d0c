using CmaRenewal.Core.People;
using CmaRenewal.Core.Requirements;

namespace CmaRenewal.UnitTests.Requirements;

public sealed class RequirementCheckTests
{
    private const long Clinic = 7;
    private const string Demo = "CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA;BLS-AHA";

    private static readonly RequirementRule[] Rules =
    [
        new(null, PersonRole.Assistant, RequirementText.Parse(Demo)),
        new(Clinic, PersonRole.Assistant, RequirementText.Parse("CMA-AAMA")),
        new(null, PersonRole.Manager, RequirementText.Parse("BLS-AHA")),
        new(Clinic, PersonRole.Manager, []),
    ];

    // role, clinic, held codes (comma-separated) → unmet groups as stored text
    public static TheoryData<PersonRole, long, string, string> Cases() => new()
    {
        { PersonRole.Assistant, 1, "", Demo },
        { PersonRole.Assistant, 1, "RMA-AMT", "BLS-AHA" },
        { PersonRole.Assistant, 1, "ccma-nha,bls-aha", "" },
        { PersonRole.Assistant, 1, "BLS-AHA,CPT-NHA", "CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA" },
        { PersonRole.Assistant, 1, "CMA-AAMA,RMA-AMT,BLS-AHA", "" },
        { PersonRole.Assistant, Clinic, "", "CMA-AAMA" },
        { PersonRole.Assistant, Clinic, "RMA-AMT", "CMA-AAMA" },
        { PersonRole.Manager, 1, "", "BLS-AHA" },
        { PersonRole.Manager, Clinic, "", "" },
        { PersonRole.Admin, 1, "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unmet_ListsTheGroupsNoHeldCodeMeets(PersonRole role, long clinicId, string held, string unmet) =>
        Assert.Equal(unmet, RequirementText.Format(RequirementCheck.Unmet(Rules, role, clinicId, held.Split(',', StringSplitOptions.RemoveEmptyEntries))));

    [Fact]
    public void Effective_WithoutAnyRule_IsEmpty() => Assert.Empty(RequirementCheck.Effective([], PersonRole.Assistant, Clinic));

    [Theory]
    [InlineData("", "")]
    [InlineData(" ; ", "")]
    [InlineData("BLS-AHA", "BLS-AHA")]
    [InlineData(" CMA-AAMA | RMA-AMT ;BLS-AHA ", "CMA-AAMA|RMA-AMT;BLS-AHA")]
    [InlineData("CMA-AAMA|cma-aama||RMA-AMT", "CMA-AAMA|RMA-AMT")]
    public void Text_ParsesAndFormatsInOneShape(string text, string formatted) =>
        Assert.Equal(formatted, RequirementText.Format(RequirementText.Parse(text)));

    [Fact]
    public void Group_NeedsACode() =>
        Assert.Throws<ArgumentException>(() => new RequirementGroup([" ", ""]));

    [Fact]
    public void Groups_AreEqualByTheirCodes_IgnoringCase() =>
        Assert.Equal(new RequirementGroup(["CMA-AAMA", "RMA-AMT"]), new RequirementGroup(["cma-aama", "rma-amt"]));

    [Fact]
    public void Requirement_RefusesAnUnsavedClinic_AndTooLongText()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CredentialRequirement(0, PersonRole.Assistant, []));
        var many = Enumerable.Range(0, 200).Select(i => new RequirementGroup([$"CODE-{i}"]));
        Assert.Throws<ArgumentException>(() => new CredentialRequirement(null, PersonRole.Assistant, many));
    }

    [Fact]
    public void Requirement_StoresItsGroupsAsText()
    {
        var requirement = new CredentialRequirement(Clinic, PersonRole.Assistant, RequirementText.Parse(Demo));
        Assert.Equal(Demo, requirement.Groups);
        requirement.Replace([]);
        Assert.Empty(requirement.GroupList);
    }
}
