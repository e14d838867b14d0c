using CmaRenewal.Infrastructure.Demo;

namespace CmaRenewal.UnitTests.Demo;

/// <summary>The large demo's shape scales with the credentials asked for, and a seed always builds the same rows.</summary>
public sealed class LargeDemoTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData(30_000, 500, 25_000, 200, 1_500_000)] // the large demo itself
    [InlineData(90_000, 1_500, 75_000, 200, 4_500_000)]
    [InlineData(3_000, 50, 2_500, 200, 150_000)]
    [InlineData(1_200, 20, 1_000, 200, 60_000)]
    [InlineData(100, 2, 84, 83, 5_000)] // the smallest: the big clinic leaves one person to its neighbour
    public void Shape_ScalesEveryCountWithTheCredentials(int credentials, int clinics, int people, int bigClinic, long activities)
    {
        Assert.Equal(new LargeDemoShape(clinics, people, bigClinic, credentials, activities), LargeDemoShape.For(credentials));
    }

    [Fact]
    public void Build_AtTwoSizes_KeepsTheSameProportions()
    {
        var smaller = Proportions.Of(LargeDemo.Build(Today, Packs.Shipped, 1_200));
        var larger = Proportions.Of(LargeDemo.Build(Today, Packs.Shipped, 3_000));

        Assert.Equal((20, 1_000, 1_200, 60_000L), (smaller.Clinics, smaller.People, smaller.Credentials, smaller.Activities));
        Assert.Equal((50, 2_500, 3_000, 150_000L), (larger.Clinics, larger.People, larger.Credentials, larger.Activities));
        Assert.Equal((200, 200), (smaller.BigClinicPeople, larger.BigClinicPeople));
        Assert.Equal((smaller.Clinics, larger.Clinics), (smaller.Managers, larger.Managers));
        Assert.InRange(larger.LinksPerCredential / smaller.LinksPerCredential, 0.97, 1.03);
        Assert.InRange(larger.PaymentsPerCredential / smaller.PaymentsPerCredential, 0.85, 1.15);
        foreach (var (pack, share) in larger.PackShares)
            Assert.InRange(share - smaller.PackShares.GetValueOrDefault(pack), -0.03, 0.03);
    }

    [Fact]
    public void Build_WithTheSameSeed_BuildsTheSameRows_AndAnotherSeedOthers()
    {
        var first = Rows(LargeDemo.Build(Today, Packs.Shipped, 300));
        var again = Rows(LargeDemo.Build(Today, Packs.Shipped, 300));
        var reseeded = Rows(LargeDemo.Build(Today, Packs.Shipped, 300, seed: 7));

        Assert.Equal(first, again);
        Assert.NotEqual(first, reseeded);
    }

    private static List<object> Rows(DemoDataSet set) =>
    [
        .. set.Clinics, .. set.People, .. set.Managers, .. set.Credentials, .. set.Payments,
        .. set.Activities.Select(a => (a.Activity, string.Join(',', a.CredentialIds))),
    ];

    private sealed record Proportions(
        int Clinics, int People, int BigClinicPeople, int Managers, int Credentials, long Activities,
        double LinksPerCredential, double PaymentsPerCredential, Dictionary<string, double> PackShares)
    {
        public static Proportions Of(DemoDataSet set)
        {
            var links = set.Activities.Sum(a => (long)a.CredentialIds.Count);
            var activities = set.Activities.LongCount();
            var credentials = set.Credentials.Count;
            var shares = set.Credentials.GroupBy(c => c.PackCode).ToDictionary(g => g.Key, g => g.Count() / (double)credentials);
            return new Proportions(set.Clinics.Count, set.People.Count, set.People.Count(p => p.ClinicId == 1), set.Managers.Count,
                credentials, activities, links / (double)credentials, set.Payments.Count / (double)credentials, shares);
        }
    }
}
