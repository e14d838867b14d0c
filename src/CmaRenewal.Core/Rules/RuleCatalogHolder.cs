namespace CmaRenewal.Core.Rules;

/// <summary>
/// Holds the shipped packs and the catalog in force (shipped plus admin overrides). <see cref="Replace"/> swaps the
/// whole catalog in one reference write, so an evaluation sees either the old catalog or the new one, never a mix.
/// </summary>
public sealed class RuleCatalogHolder(RuleCatalog shipped) : IRuleCatalogSource, IDisposable
{
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private volatile RuleCatalog current = shipped;

    public RuleCatalog Shipped { get; } = shipped;

    public RuleCatalog Current => current;

    public void Replace(RuleCatalog catalog) => current = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>
    /// Builds and swaps in a new catalog, one rebuild at a time: two admins saving together must not let the rebuild
    /// that read the database first be swapped in last and drop the other's version.
    /// </summary>
    public async Task RebuildAsync(Func<CancellationToken, Task<RuleCatalog>> build, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(build);
        await rebuilding.WaitAsync(ct);
        try
        {
            Replace(await build(ct));
        }
        finally
        {
            rebuilding.Release();
        }
    }

    public void Dispose() => rebuilding.Dispose();
}
