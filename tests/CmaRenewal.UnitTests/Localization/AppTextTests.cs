using System.Resources;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.Profile;

namespace CmaRenewal.UnitTests.Localization;

public sealed class AppTextTests
{
    private static readonly AppText Text = new(typeof(ProfileHandler));

    [Theory]
    [InlineData("en", "Choose English or Spanish.")]
    [InlineData("es", "Elija inglés o español.")]
    [InlineData(null, "Choose English or Spanish.")]
    public void ReadsTheCurrentLanguage(string? language, string expected)
    {
        using (AppCulture.Use(language)) Assert.Equal(expected, Text["UnknownLanguage"]);
    }

    [Fact]
    public void Format_FillsValuesInTheCurrentCulture()
    {
        using (AppCulture.Use("es")) Assert.Equal("No se encontró su perfil.", Text.Format("NoProfile"));
    }

    [Fact]
    public void AMissingKey_Throws() => Assert.Throws<MissingManifestResourceException>(() => Text["NoSuchKey"]);
}
