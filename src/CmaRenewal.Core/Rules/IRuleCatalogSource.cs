namespace CmaRenewal.Core.Rules;

/// <summary>
/// Port: the rule catalog in force right now. Admins add pack versions while the app runs, so the engine asks for
/// <see cref="Current"/> on every evaluation instead of keeping the catalog it was built with.
/// </summary>
public interface IRuleCatalogSource
{
    RuleCatalog Current { get; }
}
