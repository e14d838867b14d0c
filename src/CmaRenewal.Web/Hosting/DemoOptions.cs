namespace CmaRenewal.Web.Hosting;

/// <summary>Demo settings. <see cref="SeedOnStart"/>: fill an empty database with the small demo at start.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool SeedOnStart { get; set; }
}
