using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.CredentialTypes;

/// <summary>
/// Credential types the organisation defines (ACLS, a state certification, a TB test): each is a rule pack in the
/// catalog in force, versioned like an override (an edit is a new version; the history stays). Admins only; every
/// save is audited with <see cref="ICurrentActor"/>'s name and rebuilds the catalog so the next evaluation uses it.
/// </summary>
public sealed class CustomTypeService(
    IDbContextFactory<CmaRenewalDbContext> factory, RuleCatalogHolder catalogs, RuleOverrides overrides, ICurrentActor named, TimeProvider time)
{
    private static readonly AppText Text = new(typeof(CustomTypeService));

    public static string CodeFixed => Text["CodeFixed"];
    public static string ReasonRequired => Text["ReasonRequired"];

    /// <summary>Every stored version of every defined type, oldest first per type.</summary>
    public async Task<UseCaseResult<IReadOnlyList<CustomCredentialType>>> VersionsAsync(AccessScope actor, CancellationToken ct) =>
        AdminOnly.Refusal<IReadOnlyList<CustomCredentialType>>(actor)
            ?? UseCaseResult<IReadOnlyList<CustomCredentialType>>.Done(await overrides.CustomTypesAsync(ct));

    /// <summary>Defines a new type (its version 1, in force from today); done with the stored version's id.</summary>
    public async Task<UseCaseResult<long>> DefineAsync(AccessScope actor, CustomTypeDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (AdminOnly.Refusal<long>(actor) is { } refused) return refused;
        var code = draft.Code;
        if (catalogs.Shipped.TryGet(code, out _))
            return UseCaseResult<long>.Invalid(nameof(draft.Credential), Text.Format("ShippedCode", code));
        if ((await SavedAsync(code, ct)).Count > 0)
            return UseCaseResult<long>.Invalid(nameof(draft.Credential), Text.Format("DefinedCode", code));
        var reason = string.IsNullOrWhiteSpace(draft.Reason) ? "New credential type." : draft.Reason;
        return await SaveAsync(code, [], draft, Today(), reason, ct);
    }

    /// <summary>Saves an edit of <paramref name="code"/> as its next version, in force from the draft's date.</summary>
    public async Task<UseCaseResult<long>> ReviseAsync(AccessScope actor, string code, CustomTypeDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (AdminOnly.Refusal<long>(actor) is { } refused) return refused;
        var saved = await SavedAsync(code, ct);
        if (saved.Count == 0) return UseCaseResult<long>.NotFound(Gone(code));
        if (!string.Equals(draft.Code, saved[0].Code, StringComparison.Ordinal)) return UseCaseResult<long>.Invalid(nameof(draft.Credential), CodeFixed);
        if (string.IsNullOrWhiteSpace(draft.Reason)) return UseCaseResult<long>.Invalid(nameof(draft.Reason), ReasonRequired);
        if (draft.EffectiveFrom is not { } from)
            return UseCaseResult<long>.Invalid(nameof(draft.EffectiveFrom), Text["ChooseEffective"]);
        return await SaveAsync(saved[0].Code, saved, draft, DateOnly.FromDateTime(from), draft.Reason, ct);
    }

    /// <summary>
    /// Deletes a type no credential uses (every version); done with how many versions went. A type in use is refused:
    /// its credentials are judged by its rules, and their history would lose its meaning without them.
    /// </summary>
    public async Task<UseCaseResult<long>> DeleteAsync(AccessScope actor, string code, CancellationToken ct)
    {
        if (AdminOnly.Refusal<long>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var stored = code.Trim().ToUpperInvariant();
        var versions = await db.CustomCredentialTypes.Where(t => t.Code == stored).ToListAsync(ct);
        if (versions.Count == 0) return UseCaseResult<long>.NotFound(Gone(code));
        var used = await db.Credentials.CountAsync(c => c.PackCode == versions[0].Code, ct);
        if (used > 0)
            return UseCaseResult<long>.Conflict(
                $"{used} credential{(used == 1 ? " is" : "s are")} of type {versions[0].Code}, so it cannot be deleted. Edit it instead.");
        db.CustomCredentialTypes.RemoveRange(versions);
        await db.SaveChangesAsync(ct);
        await overrides.ReloadAsync(ct);
        return UseCaseResult<long>.Done(versions.Count);
    }

    public static string Gone(string code) => Text.Format("Gone", code);

    private async Task<UseCaseResult<long>> SaveAsync(
        string code, IReadOnlyList<CustomCredentialType> saved, CustomTypeDraft draft, DateOnly from, string reason, CancellationToken ct)
    {
        var check = CustomTypeCheck.Run(saved, draft, from);
        if (check is not { Version: { } made, Json: { } json }) return UseCaseResult<long>.Invalid(check.Errors);
        var row = new CustomCredentialType(code, draft.Name, made.Version, made.EffectiveFrom, json, reason, named.Name, time.GetUtcNow().UtcDateTime);
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.CustomCredentialTypes.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The unique (code, version) index: another admin saved this type first.
                return UseCaseResult<long>.Conflict(AdminOnly.ChangedMeanwhile);
            }
        }
        await overrides.ReloadAsync(ct);
        return UseCaseResult<long>.Done(row.Id);
    }

    private async Task<IReadOnlyList<CustomCredentialType>> SavedAsync(string code, CancellationToken ct)
    {
        // Codes are stored in capitals (CustomTypeDefinition.Code).
        var stored = code.Trim().ToUpperInvariant();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.CustomCredentialTypes.AsNoTracking().Where(t => t.Code == stored)
            .OrderBy(t => t.Version).ToListAsync(ct);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
