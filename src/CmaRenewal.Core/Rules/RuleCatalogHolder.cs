namespace CmaRenewal.Core.Rules;

/// <summary>
/// Holds the shipped packs and the catalog in force (shipped plus admin overrides). <see cref="Replace"/> swaps the
/// whole catalog in one reference write, so an evaluation sees either the old catalog or the new one, never a mix.
/// </summary>
public sealed class RuleCatalogHolder(RuleCatalog shipped) : IRuleCatalogSource
{
    private volatile RuleCatalog current = shipped;

    public RuleCatalog Shipped { get; } = shipped;

    public RuleCatalog Current => current;

    public void Replace(RuleCatalog catalog) => current = catalog ?? throw new ArgumentNullException(nameof(catalog));
}
