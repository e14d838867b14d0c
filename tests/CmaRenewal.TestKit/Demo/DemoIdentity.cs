namespace CmaRenewal.TestKit.Demo;

/// <summary>One person of the small demo as a test meets them: who they are, where they work, how they sign in.</summary>
public sealed record DemoIdentity(string FirstName, string LastName, string Role, string Clinic, bool IsActive = true)
{
    public string Email => $"{FirstName}.{LastName}{DemoPeople.Domain}".ToLowerInvariant();

    public string DisplayName => $"{FirstName} {LastName}";
}
