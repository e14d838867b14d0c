using CmaRenewal.Application.Access;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Requirements;

/// <summary>
/// Which credentials each role must hold, organisation-wide and per clinic. Admins change them; managers see the
/// default and their clinics' overrides read-only, because a requirement is the organisation's bar: a manager who
/// could lower it for their own clinic would make their own staff look compliant. Codes must name a credential type
/// of the catalog in force (custom types included), read when the change is made.
/// </summary>
public sealed class CredentialRequirements(IDbContextFactory<CmaRenewalDbContext> factory, IRuleCatalogSource catalog)
{
    private static readonly AppText Text = new(typeof(CredentialRequirements));

    public static string Moved => Text["Moved"];

    public async Task<UseCaseResult<RequirementsView>> ShowAsync(AccessScope actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsManager) return UseCaseResult<RequirementsView>.Forbidden(Text["ManagersOnly"]);
        await using var db = await factory.CreateDbContextAsync(ct);
        var clinics = (await db.Clinics.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Where(c => actor.CanSeeClinic(c.Id)).ToDictionary(c => c.Id, c => c.Name);
        var settings = (await db.CredentialRequirements.AsNoTracking().ToListAsync(ct))
            .Where(r => r.ClinicId is null || clinics.ContainsKey(r.ClinicId.Value))
            .Select(r => new RequirementSetting(r.ClinicId, r.Role, r.Groups)).ToList();
        var choices = catalog.Current.All.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => new RequirementChoice(p.Code, p.Title)).ToList();
        return UseCaseResult<RequirementsView>.Done(new RequirementsView(settings, clinics, choices, actor.IsAdmin));
    }

    /// <summary>Sets, replaces or (with null groups) removes one requirement; answers the stored text, null when removed.</summary>
    public async Task<UseCaseResult<string?>> SetAsync(AccessScope actor, RequirementChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        if (!actor.IsAdmin) return UseCaseResult<string?>.Forbidden(Text["AdminsOnly"]);
        if (!TryParse(change.Groups, out var groups, out var problem)) return UseCaseResult<string?>.Invalid(nameof(change.Groups), problem);

        await using var db = await factory.CreateDbContextAsync(ct);
        if (change.ClinicId is { } clinicId && !await db.Clinics.AnyAsync(c => c.Id == clinicId, ct))
            return UseCaseResult<string?>.NotFound(Text.Format("NoClinic", clinicId));
        var existing = await db.CredentialRequirements.SingleOrDefaultAsync(r => r.ClinicId == change.ClinicId && r.Role == change.Role, ct);
        if (existing?.Groups != change.Replacing) return UseCaseResult<string?>.Conflict(Moved);

        if (groups is null)
        {
            if (existing is not null) db.CredentialRequirements.Remove(existing);
        }
        else if (existing is null) db.CredentialRequirements.Add(existing = new CredentialRequirement(change.ClinicId, change.Role, groups));
        else existing.Replace(groups);
        var saved = groups is null ? null : existing!;
        return await db.SaveAsync(() => saved?.Groups, Moved, ct, duplicate: Moved);
    }

    private bool TryParse(string? text, out IReadOnlyList<RequirementGroup>? groups, out string problem)
    {
        groups = null;
        problem = "";
        if (text is null) return true;
        try
        {
            groups = RequirementText.Parse(text);
        }
        catch (ArgumentException)
        {
            problem = Text["EmptyGroup"];
            return false;
        }
        var current = catalog.Current;
        var unknown = groups.SelectMany(g => g.Codes).Where(code => !current.TryGet(code, out _)).ToList();
        if (unknown.Count > 0)
        {
            problem = Text.Format("UnknownTypes", string.Join(", ", unknown));
            return false;
        }
        // Stored as the catalog spells them, whatever case the admin typed.
        groups = [.. groups.Select(g => new RequirementGroup(g.Codes.Select(code => current[code].Code)))];
        if (RequirementText.Format(groups).Length > CredentialRequirement.GroupsMaxLength)
        {
            problem = $"A requirement is at most {CredentialRequirement.GroupsMaxLength} characters long.";
            return false;
        }
        return true;
    }
}
