using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.People;
using CmaRenewal.TestKit.Builders;

namespace CmaRenewal.UnitTests.People;

public sealed class PersonTests
{
    [Theory]
    [InlineData(" Ana.Lopez@Example.ORG ", "ana.lopez@example.org")]
    [InlineData("x@y", "x@y")]
    public void NormalizeEmail_TrimsAndLowersCase(string typed, string stored) =>
        Assert.Equal(stored, Person.NormalizeEmail(typed));

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("@example.org")]
    [InlineData("ana@")]
    [InlineData("ana lopez@example.org")]
    public void NormalizeEmail_NotAnAddress_IsRefused(string typed) =>
        Assert.Throws<ArgumentException>(() => Person.NormalizeEmail(typed));

    [Fact]
    public void TimeZone_MustBeAnIanaId() =>
        Assert.Throws<ArgumentException>(() => A.Person(1, timeZone: "Central Standard Time"));

    [Fact]
    public void Clinic_WithAnUnknownTimeZone_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new Clinic("North", "Mars/Olympus_Mons"));

    [Fact]
    public void Deactivate_KeepsThePersonButMarksThemInactive()
    {
        var person = A.Person(1);

        person.Deactivate();

        Assert.False(person.IsActive);
    }
}
