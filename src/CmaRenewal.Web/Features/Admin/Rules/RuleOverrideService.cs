using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Admin.Rules;

/// <summary>
/// Saves an admin's edit of a pack as a new pack version (checked by <see cref="OverrideCheck"/>), stored as a
/// <see cref="RulePackOverride"/>; then the catalog in force is rebuilt so the next evaluation uses it.
/// </summary>
public sealed class RuleOverrideService(
    IDbContextFactory<CmaRenewalDbContext> factory, RuleCatalogHolder catalogs, RuleOverrides overrides, ICurrentActor actor, TimeProvider time)
{
    public Task<IReadOnlyList<RulePackOverride>> ListAsync(string packCode, CancellationToken ct) => overrides.ForPackAsync(packCode, ct);

    public async Task<AdminOutcome> SaveAsync(OverrideDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!catalogs.Shipped.TryGet(draft.PackCode, out var shipped)) return AdminOutcome.Fail($"There is no rule pack '{draft.PackCode}'.");
        var saved = (await overrides.ForPackAsync(shipped.Code, ct)).Select(o => o.VersionJson).ToList();
        var check = OverrideCheck.Run(shipped, saved, draft, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (check is not { Version: { } made, Json: { } json }) return AdminOutcome.Fail(check.Error ?? "The override is not valid.");

        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.RulePackOverrides.Add(new RulePackOverride(shipped.Code, made.Version, made.EffectiveFrom, json,
                draft.Reason.Trim(), actor.Name, time.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The unique (pack, version) index: another admin saved a version of this pack first.
                return AdminOutcome.Fail("Another admin saved a new version of this pack meanwhile; nothing was saved. Reload and try again.");
            }
        }
        await overrides.ReloadAsync(ct);
        return AdminOutcome.Done;
    }
}
