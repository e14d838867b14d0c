using CmaRenewal.Core.Common;

namespace CmaRenewal.UnitTests.Common;

public sealed class TimeZoneChoicesTests
{
    [Fact]
    public void All_StartsWithTheUsZonesUnderFriendlyNames()
    {
        Assert.Equal(
            ["Eastern Time (New York)", "Central Time (Chicago)", "Mountain Time (Denver)"],
            TimeZoneChoices.All.Take(3).Select(c => c.Name));
        Assert.Equal("America/New_York", TimeZoneChoices.All[0].Id);
    }

    [Fact]
    public void All_ListsEachZoneOnce_AndOnlyZonesTheHostResolves()
    {
        Assert.Equal(TimeZoneChoices.All.Count, TimeZoneChoices.All.Select(c => c.Id).Distinct().Count());
        Assert.All(TimeZoneChoices.All, c => Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(c.Id, out _), c.Id));
        Assert.Contains(TimeZoneChoices.All, c => c is { Id: "Europe/Berlin", Name: "Berlin (Europe)" });
    }

    [Theory]
    [InlineData("eastern", "America/New_York")]
    [InlineData("new york", "America/New_York")]
    [InlineData("Los_Angeles", "America/Los_Angeles")]
    [InlineData("pacific time", "America/Los_Angeles")]
    [InlineData("berlin", "Europe/Berlin")]
    public void Search_MatchesNameOrId_UsFirst(string text, string first) =>
        Assert.Equal(first, TimeZoneChoices.Search(text).First().Id);

    [Fact]
    public void Search_Blank_IsTheWholeList() => Assert.Equal(TimeZoneChoices.All, TimeZoneChoices.Search("  "));

    [Theory]
    [InlineData("America/Chicago", "Central Time (Chicago)")]
    [InlineData("Mountain Time", null)]
    [InlineData("US/Eastern", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Find_KnowsOnlyListedIds(string? id, string? name) => Assert.Equal(name, TimeZoneChoices.Find(id)?.Name);

    [Theory]
    [InlineData("Europe/Berlin", "Berlin (Europe)")]
    [InlineData("America/Argentina/Buenos_Aires", "Buenos Aires (America, Argentina)")]
    public void Describe_ReadsCityThenRegion(string id, string name) => Assert.Equal(name, TimeZoneChoices.Describe(id));

    [Fact]
    public void NameOf_FallsBackToTheIdItself()
    {
        Assert.Equal("Pacific Time (Los Angeles)", TimeZoneChoices.NameOf("America/Los_Angeles"));
        Assert.Equal("Mars/Olympus", TimeZoneChoices.NameOf("Mars/Olympus"));
    }
}
