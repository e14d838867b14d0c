namespace CmaRenewal.Infrastructure.Demo;

/// <summary>
/// How many of each row the large demo's shape has for a number of credentials: 1 clinic per 60 credentials, 5 people
/// per 6 credentials (everyone holds one, every fifth person a second), 50 CE activities per credential. Clinic 1
/// keeps four ordinary clinics' worth of people, at most 200, so the clinic benchmarks judge the same clinic at every
/// size. At 30,000 credentials this is exactly the large demo.
/// </summary>
public sealed record LargeDemoShape(int Clinics, int People, int BigClinicPeople, int Credentials, long Activities)
{
    public static LargeDemoShape For(int credentials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(credentials, DemoSize.MinCredentials);
        var clinics = (int)Math.Max(2, Scaled(credentials, LargeDemo.ClinicCount, rounding: LargeDemo.CredentialCount / 2));
        // Rounded up: the second credentials go to every fifth person, and there must be a person for each.
        var people = (int)Scaled(credentials, LargeDemo.PeopleCount, rounding: LargeDemo.CredentialCount - 1);
        var bigClinic = Math.Min(Math.Min(LargeDemo.BigClinicPeople, 4 * people / clinics), people - (clinics - 1));
        var activities = Scaled(credentials, LargeDemo.ActivityCount, rounding: 0);
        return new LargeDemoShape(clinics, people, bigClinic, credentials, activities);
    }

    private static long Scaled(int credentials, long atLargeSize, long rounding) =>
        ((credentials * atLargeSize) + rounding) / LargeDemo.CredentialCount;
}
