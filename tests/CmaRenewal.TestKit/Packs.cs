using CmaRenewal.Core.Rules;

namespace CmaRenewal.TestKit;

/// <summary>The rule packs shipped with the app, loaded once per test run from the build output.</summary>
public static class Packs
{
    private static readonly Lazy<RuleCatalog> Catalog = new(RuleCatalog.LoadShipped);

    public static RuleCatalog Shipped => Catalog.Value;

    public static RulePack Get(string code) => Shipped[code];
}
