using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.Common;

namespace CmaRenewal.UnitTests.Application;

/// <summary>What a page shows for an entity guard: its sentence in words, never the runtime's "(Parameter 'x')".</summary>
public sealed class GuardMessageTests
{
    [Fact]
    public void Of_DropsTheParameterSuffix_AndSpellsTheParameterNameInWords()
    {
        var ex = Assert.Throws<ArgumentException>(() => Require.Text(" ", 10, "firstName"));

        Assert.Contains("(Parameter 'firstName')", ex.Message, StringComparison.Ordinal);
        Assert.Equal("First name is required.", GuardMessage.Of(ex));
    }

    [Fact]
    public void Of_AnOutOfRangeGuard_KeepsOnlyItsSentence()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Require.Id(0, "clinicId"));

        Assert.Equal("Clinic id must be a saved row's id.", GuardMessage.Of(ex));
    }

    [Fact]
    public void Of_AWrongZone_NamesTheFieldInWords()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Clinic("Hillside", "Mountain Time"));

        Assert.Equal("Time zone 'Mountain Time' is not an IANA time zone id.", GuardMessage.Of(ex));
    }

    [Fact]
    public void Sentence_KeepsTheNameAsWritten_ForImportsThatNameTheirColumns()
    {
        var ex = Assert.Throws<ArgumentException>(() => Require.Text(null, 10, "first_name"));

        Assert.Equal("first_name is required.", GuardMessage.Sentence(ex));
    }

    [Fact]
    public void InSpanish_TheGuardsSentenceIsRewritten_WithTheFieldInSpanish()
    {
        var required = Assert.Throws<ArgumentException>(() => Require.Text(" ", 10, "firstName"));
        var zone = Assert.Throws<ArgumentException>(() => new Clinic("Hillside", "Mountain Time"));
        var tooLong = Assert.Throws<ArgumentException>(() => Require.Text(new string('x', 11), 10, "lastName"));

        using (AppCulture.Use("es"))
        {
            Assert.Equal("Nombre es un dato obligatorio.", GuardMessage.Of(required));
            Assert.Equal("Zona horaria: 'Mountain Time' no es una zona horaria IANA.", GuardMessage.Of(zone));
            Assert.Equal("Apellido tiene más de 10 caracteres.", GuardMessage.Of(tooLong));
        }
    }

    [Fact]
    public void InSpanish_AnImportKeepsItsColumnName()
    {
        var ex = Assert.Throws<ArgumentException>(() => Require.Text(null, 10, "first_name"));

        using (AppCulture.Use("es")) Assert.Equal("first_name es un dato obligatorio.", GuardMessage.Sentence(ex));
    }

    [Fact]
    public void InEnglish_ALongerGuard_ReadsAsBefore()
    {
        var ex = Assert.Throws<ArgumentException>(() => Require.Text(new string('x', 11), 10, "lastName"));

        Assert.Equal("Last name is longer than 10 characters.", GuardMessage.Of(ex));
    }
}
