using CmaRenewal.Infrastructure.Identity;

namespace CmaRenewal.TestKit.Demo;

/// <summary>
/// The small demo's people (<c>SmallDemo</c>), the one place tests spell them. Emails are constants so a theory can
/// name a person in <c>[InlineData]</c>; <see cref="Of"/> gives the rest. A unit test holds this list to the seeder.
/// </summary>
public static class DemoPeople
{
    public const string Domain = "@demo.cmarenewal.test";
    public const string Password = DemoAccounts.Password;

    public const string Riverside = "Riverside Family Medicine";
    public const string Lakeside = "Lakeside Pediatrics";
    public const string Mesa = "Mesa Urgent Care";

    /// <summary>Admin, home clinic Riverside.</summary>
    public const string Ada = "ada.admin" + Domain;

    /// <summary>Manager of Riverside (Maria's clinic).</summary>
    public const string Rachel = "rachel.greene" + Domain;

    /// <summary>Manager of Lakeside and Mesa (not Maria's clinic).</summary>
    public const string Victor = "victor.osei" + Domain;

    /// <summary>Assistant at Riverside, compliant, dual-credentialed.</summary>
    public const string Maria = "maria.lopez" + Domain;

    /// <summary>Assistant at Riverside, on track.</summary>
    public const string James = "james.carter" + Domain;

    /// <summary>Assistant at Riverside, at risk.</summary>
    public const string Aisha = "aisha.khan" + Domain;

    /// <summary>Assistant at Lakeside, due soon.</summary>
    public const string Tom = "tom.nguyen" + Domain;

    /// <summary>Deactivated assistant at Mesa: cannot sign in, gets no reminders.</summary>
    public const string Ava = "ava.martinez" + Domain;

    public static readonly IReadOnlyList<DemoIdentity> All =
    [
        new("Rachel", "Greene", "Manager", Riverside),
        new("Victor", "Osei", "Manager", Lakeside),
        new("Ada", "Admin", "Admin", Riverside),
        new("Maria", "Lopez", "Assistant", Riverside),
        new("James", "Carter", "Assistant", Riverside),
        new("Aisha", "Khan", "Assistant", Riverside),
        new("Tom", "Nguyen", "Assistant", Lakeside),
        new("Grace", "Kim", "Assistant", Lakeside),
        new("Sam", "Patel", "Assistant", Lakeside),
        new("Olivia", "Brown", "Assistant", Mesa),
        new("Noah", "Davis", "Assistant", Mesa),
        new("Emma", "Wilson", "Assistant", Mesa),
        new("Liam", "Scott", "Assistant", Riverside),
        new("Ava", "Martinez", "Assistant", Mesa, IsActive: false),
    ];

    public static DemoIdentity Of(string email) =>
        All.SingleOrDefault(p => p.Email == email) ?? throw new ArgumentException($"{email} is not a small-demo person.", nameof(email));
}
