using CmaRenewal.Application.Requirements;
using CmaRenewal.Core.Requirements;

namespace CmaRenewal.UnitTests.Application.Requirements;

/// <summary>The words of a Missing row: the manager's line, the holder's prompt (names from the catalog), a whole requirement.</summary>
public sealed class RequirementWordingTests
{
    // stored group, manager's line, holder's prompt
    public static TheoryData<string, string, string> Groups() => new()
    {
        { "BLS-AHA", "Required: BLS-AHA, not on file.", "Add your BLS (AHA) card" },
        { "CMA-AAMA|RMA-AMT", "Required: one of CMA-AAMA, RMA-AMT; none on file.", "Add your certification: CMA (AAMA) or RMA (AMT)" },
        { "CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA", "Required: one of CMA-AAMA, RMA-AMT, NCMA-NCCT, CCMA-NHA; none on file.",
            "Add your certification: CMA (AAMA), RMA (AMT), NCMA (NCCT) or CCMA (NHA)" },
        { "STATE-XRAY", "Required: STATE-XRAY, not on file.", "Add your STATE-XRAY card" }, // a code the catalog no longer knows
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public void AGroup_ReadsForTheManagerAndTheHolder(string stored, string manager, string holder)
    {
        var group = Assert.Single(RequirementText.Parse(stored));

        Assert.Equal(manager, RequirementWording.NotOnFile(group));
        Assert.Equal(holder, RequirementWording.AddYours(group, Packs.Shipped));
    }

    [Theory]
    [InlineData("", "Nothing required.")]
    [InlineData("BLS-AHA", "BLS-AHA.")]
    [InlineData("CMA-AAMA|RMA-AMT;BLS-AHA", "One of CMA-AAMA, RMA-AMT; and BLS-AHA.")]
    public void ARequirement_ReadsAsOneSentence(string stored, string sentence) =>
        Assert.Equal(sentence, RequirementWording.Describe(RequirementText.Parse(stored)));
}
