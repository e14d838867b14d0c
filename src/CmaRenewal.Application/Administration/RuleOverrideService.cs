using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Administration;

/// <summary>
/// Saves an admin's edit of a pack as a new pack version (checked by <see cref="OverrideCheck"/>), stored as a
/// <see cref="RulePackOverride"/>; then the catalog in force is rebuilt so the next evaluation uses it. Admins only;
/// the override records the audit trail's name for who saved it (<see cref="ICurrentActor"/>), as every audited change does.
/// </summary>
public sealed class RuleOverrideService(
    IDbContextFactory<CmaRenewalDbContext> factory, RuleCatalogHolder catalogs, RuleOverrides overrides, ICurrentActor named, TimeProvider time)
{
    private static readonly AppText Text = new(typeof(RuleOverrideService));

    /// <summary>Done with the new version's number; a draft the pack refuses is invalid with the reason.</summary>
    public async Task<UseCaseResult<int>> SaveAsync(AccessScope actor, OverrideDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (AdminOnly.Refusal<int>(actor) is { } refused) return refused;
        if (!catalogs.Shipped.TryGet(draft.PackCode, out var shipped)) return UseCaseResult<int>.NotFound(Text.Format("NoPack", draft.PackCode));
        var saved = (await overrides.ForPackAsync(shipped.Code, ct)).Select(o => o.VersionJson).ToList();
        var check = OverrideCheck.Run(shipped, saved, draft, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (check is not { Version: { } made, Json: { } json }) return UseCaseResult<int>.Invalid("Draft", check.Error ?? Text["NotValid"]);

        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.RulePackOverrides.Add(new RulePackOverride(shipped.Code, made.Version, made.EffectiveFrom, json,
                draft.Reason.Trim(), named.Name, time.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The unique (pack, version) index: another admin saved a version of this pack first.
                return UseCaseResult<int>.Conflict(Text["ChangedMeanwhile"]);
            }
        }
        await overrides.ReloadAsync(ct);
        return UseCaseResult<int>.Done(made.Version);
    }
}
