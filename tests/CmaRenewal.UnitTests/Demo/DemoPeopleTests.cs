using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.UnitTests.Demo;

/// <summary>The people tests sign in as are the people the small demo seeds, with the same role, clinic and state.</summary>
public sealed class DemoPeopleTests
{
    [Fact]
    public void DemoPeople_AreExactlyTheSmallDemosPeople()
    {
        var demo = SmallDemo.Build(new DateOnly(2026, 6, 15));
        var clinics = demo.Clinics.ToDictionary(c => c.Id, c => c.Name);

        var seeded = demo.People.Select(p => new DemoIdentity(p.FirstName, p.LastName, p.Role, clinics[p.ClinicId], p.IsActive));

        Assert.Equal(seeded, DemoPeople.All);
        Assert.Equal(demo.People.Select(p => p.Email), DemoPeople.All.Select(p => p.Email));
    }

    [Theory]
    [InlineData(DemoPeople.Ada, "Ada Admin", "Admin")]
    [InlineData(DemoPeople.Rachel, "Rachel Greene", "Manager")]
    [InlineData(DemoPeople.Victor, "Victor Osei", "Manager")]
    [InlineData(DemoPeople.Maria, "Maria Lopez", "Assistant")]
    [InlineData(DemoPeople.James, "James Carter", "Assistant")]
    [InlineData(DemoPeople.Aisha, "Aisha Khan", "Assistant")]
    [InlineData(DemoPeople.Tom, "Tom Nguyen", "Assistant")]
    [InlineData(DemoPeople.Ava, "Ava Martinez", "Assistant")]
    public void EmailConstants_NameTheirPerson(string email, string name, string role)
    {
        Assert.Equal((name, role), (DemoPeople.Of(email).DisplayName, DemoPeople.Of(email).Role));
    }
}
