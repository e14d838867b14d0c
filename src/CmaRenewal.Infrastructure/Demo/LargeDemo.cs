using CmaRenewal.Core.Rules;

namespace CmaRenewal.Infrastructure.Demo;

/// <summary>
/// The large data set for speed work: 500 clinics, 25,000 people, 30,000 credentials and 1,500,000 CE activities
/// (with their links to credentials). Clinic 1 has 200 people, the size the grid and clinic benchmarks are judged on;
/// the others about 50. The same shape scales to any number of credentials (see <see cref="LargeDemoShape"/>), so
/// benchmarks can show how cost grows. Deterministic for a seed; activities are generated lazily while written.
/// </summary>
public static class LargeDemo
{
    public const int ClinicCount = 500, PeopleCount = 25_000, BigClinicPeople = 200, CredentialCount = 30_000, ActivityCount = 1_500_000;

    private static readonly (string Pack, int Weight)[] PackMix =
        [("CMA-AAMA", 45), ("RMA-AMT", 20), ("CCMA-NHA", 18), ("NCMA-NCCT", 6), ("CMAA-NHA", 3), ("CPT-NHA", 3), ("BLS-AHA", 5)];

    public static DemoDataSet Build(DateOnly today, RuleCatalog rules, int credentialCount = CredentialCount, int seed = 2026)
    {
        var shape = LargeDemoShape.For(credentialCount);
        var random = new Random(seed);
        var clinics = Enumerable.Range(1, shape.Clinics)
            .Select(i => new DemoClinic(i, $"Clinic {i:000} {DemoCatalog.LastNames[i % DemoCatalog.LastNames.Length]} Health",
                DemoCatalog.TimeZones[i % DemoCatalog.TimeZones.Length]))
            .ToList();
        var people = new List<DemoPerson>(shape.People);
        var managers = new List<DemoManagerLink>(shape.Clinics);
        for (var id = 1; id <= shape.People; id++)
        {
            var clinicId = id <= shape.BigClinicPeople ? 1 : 2 + ((id - shape.BigClinicPeople - 1) % (shape.Clinics - 1));
            var isManager = id == 1 || (id > shape.BigClinicPeople && id - shape.BigClinicPeople <= shape.Clinics - 1);
            var first = DemoCatalog.FirstNames[random.Next(DemoCatalog.FirstNames.Length)];
            var last = DemoCatalog.LastNames[random.Next(DemoCatalog.LastNames.Length)];
            people.Add(new DemoPerson(id, clinicId, $"{first}.{last}.{id}@large.cmarenewal.test".ToLowerInvariant(), first, last,
                isManager ? "Manager" : "Assistant"));
            if (isManager) managers.Add(new DemoManagerLink(id, clinicId));
        }

        var credentials = new List<DemoCredential>(shape.Credentials);
        for (var i = 0; i < shape.Credentials; i++)
        {
            // Everyone holds one credential; every fifth person a second one.
            var personId = i < people.Count ? i + 1 : ((i - people.Count) * 5) + 1;
            var pack = Pick(random);
            var cycleMonths = rules[pack].Latest.Cycle.Length.TotalMonths;
            var certifiedOn = today.AddMonths(-random.Next(0, cycleMonths + 6)).AddDays(-random.Next(0, 28));
            credentials.Add(new DemoCredential(i + 1, personId, pack, $"L-{i + 1:000000}", certifiedOn));
        }
        var payments = credentials
            .Where(c => c.PackCode == "RMA-AMT" && random.Next(4) > 0)
            .Select((c, i) => new DemoPayment(i + 1, c.Id, today.AddMonths(-3), CycleRule.EndOfMonth(today.AddMonths(random.Next(-2, 12))), 5000))
            .ToList();

        return new DemoDataSet(clinics, people, managers, credentials, [], payments,
            Activities(today, rules, people.Count, shape.Activities, credentials, seed));
    }

    private static IEnumerable<(DemoActivity, IReadOnlyList<long>)> Activities(
        DateOnly today, RuleCatalog rules, int peopleCount, long activityCount, List<DemoCredential> credentials, int seed)
    {
        var random = new Random(seed + 1);
        var byPerson = credentials.ToLookup(c => c.PersonId);
        for (long id = 1; id <= activityCount; id++)
        {
            var personId = ((id - 1) % peopleCount) + 1;
            var (title, category) = DemoCatalog.Courses[random.Next(DemoCatalog.Courses.Length)];
            var (provider, unit, approved) = DemoCatalog.Providers[random.Next(DemoCatalog.Providers.Length)];
            var amount = unit == Units.CollegeCredit ? 100 : random.Next(2, 13) * 25; // 0.5 to 3 units
            var completedOn = today.AddDays(-random.Next(0, 6 * 365));
            var accepting = byPerson[personId]
                .Where(c => rules[c.PackCode].Latest.Ce?.ConversionFor(unit) is not null)
                .Select(c => c.Id)
                .ToList();
            yield return (new DemoActivity(id, personId, completedOn, title, provider, amount, unit, "course", category, approved), accepting);
        }
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(PackMix.Sum(p => p.Weight));
        foreach (var (pack, weight) in PackMix)
        {
            if (roll < weight) return pack;
            roll -= weight;
        }
        return PackMix[0].Pack;
    }
}
