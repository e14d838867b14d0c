using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.Infrastructure.Demo;

/// <summary>Collects demo rows and hands out sequential ids (demo data only ever goes into an empty database).</summary>
internal sealed class DemoBuilder
{
    private readonly List<DemoClinic> clinics = [];
    private readonly List<DemoPerson> people = [];
    private readonly List<DemoManagerLink> managers = [];
    private readonly List<DemoCredential> credentials = [];
    private readonly List<DemoRenewal> renewals = [];
    private readonly List<DemoPayment> payments = [];
    private readonly List<(DemoActivity, IReadOnlyList<long>)> activities = [];

    public long Clinic(string name, string timeZone)
    {
        var id = clinics.Count + 1;
        clinics.Add(new DemoClinic(id, name, timeZone));
        return id;
    }

    public long Person(long clinicId, string first, string last, string role = "Assistant", bool active = true)
    {
        var id = people.Count + 1;
        var email = $"{first}.{last}@demo.cmarenewal.test".ToLowerInvariant();
        people.Add(new DemoPerson(id, clinicId, email, first, last, role, active));
        return id;
    }

    public void Manages(long personId, long clinicId) => managers.Add(new DemoManagerLink(personId, clinicId));

    public long Credential(long personId, string pack, DateOnly certifiedOn)
    {
        var id = credentials.Count + 1;
        credentials.Add(new DemoCredential(id, personId, pack, $"{pack[..pack.IndexOf('-', StringComparison.Ordinal)]}-{100000 + id}", certifiedOn));
        return id;
    }

    public void Renewed(long credentialId, DateOnly on) => renewals.Add(new DemoRenewal(renewals.Count + 1, credentialId, on));

    public void Paid(long credentialId, DateOnly on, DateOnly through, decimal amount) =>
        payments.Add(new DemoPayment(payments.Count + 1, credentialId, on, through, (long)(amount * 100)));

    public void Ce(long personId, DateOnly on, string title, string provider, decimal amount, string unit, string? category,
        bool approved, params long[] countsToward) =>
        Add(personId, on, title, provider, amount, unit, category, approved, ActivityKinds.Course, countsToward);

    public void CprCard(long personId, DateOnly on, params long[] countsToward) =>
        Add(personId, on, "BLS Provider (CPR) card", "American Heart Association", 4m, "clock-hour", "clinical", false,
            ActivityKinds.CprCard, countsToward);

    public DemoDataSet Build() => new(clinics, people, managers, credentials, renewals, payments, activities);

    private void Add(long personId, DateOnly on, string title, string provider, decimal amount, string unit, string? category,
        bool approved, string kind, long[] countsToward)
    {
        var activity = new DemoActivity(activities.Count + 1, personId, on, title, provider, (long)(amount * 100), unit, kind, category, approved);
        activities.Add((activity, countsToward));
    }
}
