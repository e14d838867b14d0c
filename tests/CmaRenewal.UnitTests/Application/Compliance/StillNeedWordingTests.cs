using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.UnitTests.Application.Compliance;

/// <summary>What is still needed, in the reader's language: English exactly as Core says it, Spanish anew.</summary>
public sealed class StillNeedWordingTests
{
    private static readonly StillNeed Need = new(6m, [new CategoryNeed("clinical", "Clinical", 4m)], 2m, "points", "AAMA-approved");

    [Fact]
    public void English_IsCoresSummary() => Assert.Equal(Need.Summary, StillNeedWording.Summary(Need));

    [Theory]
    [InlineData("points", "6 puntos más: al menos 4 clínica, al menos 2 aprobados por AAMA")]
    [InlineData("NHA credits", "6 créditos NHA más: al menos 4 clínica, al menos 2 aprobados por AAMA")]
    [InlineData("furlongs", "6 furlongs más: al menos 4 clínica, al menos 2 aprobados por AAMA")]
    public void Spanish_WordsTheNeed_WithThePacksKnownNames(string unit, string expected)
    {
        using (AppCulture.Use("es")) Assert.Equal(expected, StillNeedWording.Summary(Need with { UnitName = unit }));
    }

    [Fact]
    public void Spanish_NothingMore()
    {
        using (AppCulture.Use("es")) Assert.Equal("No se necesita más EC", StillNeedWording.Summary(StillNeed.None("points")));
    }
}
