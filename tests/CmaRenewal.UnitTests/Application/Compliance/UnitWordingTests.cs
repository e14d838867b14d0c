using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Application.Compliance;

/// <summary>A CE unit's name in the reader's language: English exactly as Core's label, Spanish with its own plural.</summary>
public sealed class UnitWordingTests
{
    [Fact]
    public void English_IsCoresLabel_ForEveryUnit_WhateverTheAmount()
    {
        using (AppCulture.Use("en"))
        {
            Assert.All(Units.All, unit => Assert.Equal(Units.Label(unit), UnitWording.Label(unit)));
            Assert.All(Units.All, unit => Assert.Equal(Units.Label(unit), UnitWording.Label(unit, 1m)));
        }
    }

    [Theory]
    [InlineData("nha-credit", null, "créditos NHA")]
    [InlineData("nha-credit", 1.0, "crédito NHA")]
    [InlineData("nha-credit", 2.5, "créditos NHA")]
    [InlineData("clock-hour", 1.0, "hora de reloj")]
    [InlineData("clock-hour", 0.5, "horas de reloj")]
    [InlineData("aama-ceu", 3.0, "CEU de AAMA")]
    [InlineData("AMT-POINT", 1.0, "punto AMT")]
    public void Spanish_NamesTheUnit_SingularForExactlyOne(string unit, double? amount, string expected)
    {
        using (AppCulture.Use("es"))
            Assert.Equal(expected, amount is { } a ? UnitWording.Label(unit, (decimal)a) : UnitWording.Label(unit));
    }

    [Fact]
    public void AnUnknownUnit_ReadsAsWritten()
    {
        using (AppCulture.Use("es")) Assert.Equal("furlong", UnitWording.Label("furlong"));
    }

    [Fact]
    public void EverySpanishLabel_DiffersFromTheEnglish_ExceptTheBodiesOwnAbbreviations()
    {
        using (AppCulture.Use("es"))
            Assert.All(Units.All.Where(u => !u.EndsWith("-ceu", StringComparison.Ordinal)), unit => Assert.NotEqual(Units.Label(unit), UnitWording.Label(unit)));
    }
}
