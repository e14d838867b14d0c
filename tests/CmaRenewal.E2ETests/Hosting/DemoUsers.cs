namespace CmaRenewal.E2ETests.Hosting;

/// <summary>Demo accounts of the small demo (see SmallDemo): one per role worth testing.</summary>
public static class DemoUsers
{
    public const string Admin = "ada.admin@demo.cmarenewal.test";
    public const string RiversideManager = "rachel.greene@demo.cmarenewal.test";
    public const string Maria = "maria.lopez@demo.cmarenewal.test";
    public const string Tom = "tom.nguyen@demo.cmarenewal.test";
}
