using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// Rebuilds the catalog in force from the shipped packs plus every saved <see cref="RulePackOverride"/> and every
/// credential type the organisation defined (<see cref="CustomCredentialType"/>): at start, and right after an admin
/// saves either. A saved version that no longer fits (say a newer shipped version) stops the app at start with the
/// field named, like a broken pack file.
/// </summary>
public sealed class RuleOverrides(IDbContextFactory<CmaRenewalDbContext> factory, RuleCatalogHolder holder, CeTotalsStore? totals = null)
{
    public async Task<IReadOnlyList<RulePackOverride>> ForPackAsync(string packCode, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.RulePackOverrides.AsNoTracking().Where(o => o.PackCode == packCode).OrderBy(o => o.Version).ToListAsync(ct);
    }

    /// <summary>Every saved override, for showing who changed which rule, when and why.</summary>
    public async Task<IReadOnlyList<RulePackOverride>> AllAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.RulePackOverrides.AsNoTracking().OrderBy(o => o.PackCode).ThenBy(o => o.Version).ToListAsync(ct);
    }

    /// <summary>Every stored version of every type the organisation defined, for its history and who saved it.</summary>
    public async Task<IReadOnlyList<CustomCredentialType>> CustomTypesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.CustomCredentialTypes.AsNoTracking().OrderBy(t => t.Code).ThenBy(t => t.Version).ToListAsync(ct);
    }

    /// <summary>
    /// Rebuilds the catalog, then the kept CE totals of every credential whose window the new rules moved (and of any
    /// left stale), so the start and every rule change leave the kept totals serving today's windows.
    /// </summary>
    public async Task ReloadAsync(CancellationToken ct)
    {
        await holder.RebuildAsync(async token =>
        {
            await using var db = await factory.CreateDbContextAsync(token);
            var all = await db.RulePackOverrides.AsNoTracking().ToListAsync(token);
            var custom = await db.CustomCredentialTypes.AsNoTracking().ToListAsync(token);
            return CustomTypePacks.Join(RulePackOverlay.Apply(holder.Shipped, all), custom);
        }, ct);
        if (totals is null) return;
        await using var context = await factory.CreateDbContextAsync(ct);
        await totals.RefreshStaleAsync(context, ct);
    }
}
