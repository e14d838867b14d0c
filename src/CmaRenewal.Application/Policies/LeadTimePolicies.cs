using CmaRenewal.Application.Access;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Application.Policies;

/// <summary>
/// The CE lead time (<see cref="LeadTime"/>): the organisation's default from configuration and each clinic's own value.
/// Admins see every clinic and change them; managers see their clinics' values read-only; assistants see the default.
/// </summary>
public sealed class LeadTimePolicies(IDbContextFactory<CmaRenewalDbContext> factory, IOptions<PolicyOptions> options)
{
    private static readonly AppText Text = new(typeof(LeadTimePolicies));

    public static string Moved => Text["Moved"];

    public async Task<UseCaseResult<LeadTimesView>> ShowAsync(AccessScope actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var clinics = await db.Clinics.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new ClinicLeadTime(c.Id, c.Name, c.CeLeadTimeDays)).ToListAsync(ct);
        return UseCaseResult<LeadTimesView>.Done(
            new LeadTimesView(options.Value.CeLeadTimeDays, [.. clinics.Where(c => actor.CanSeeClinic(c.ClinicId))], actor.IsAdmin));
    }

    /// <summary>Sets a clinic's lead time (null: back to the default); refused when the value it replaces moved on.</summary>
    public async Task<UseCaseResult<int?>> SetAsync(AccessScope actor, LeadTimeChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        if (!actor.IsAdmin) return UseCaseResult<int?>.Forbidden(Text["AdminsOnly"]);
        if (change.Days is { } days && !LeadTime.IsValid(days))
            return UseCaseResult<int?>.Invalid(nameof(change.Days), $"A lead time is 0 to {LeadTime.MaxDays} days; leave it empty for the organisation's default.");
        await using var db = await factory.CreateDbContextAsync(ct);
        var clinic = await db.Clinics.SingleOrDefaultAsync(c => c.Id == change.ClinicId, ct);
        if (clinic is null) return UseCaseResult<int?>.NotFound(Text.Format("NoClinic", change.ClinicId));
        if (clinic.CeLeadTimeDays != change.Replacing) return UseCaseResult<int?>.Conflict(Moved);
        clinic.UseLeadTime(change.Days);
        return await db.SaveAsync(() => clinic.CeLeadTimeDays, Moved, ct);
    }
}

/// <summary>A clinic and its own lead time; null follows the organisation's.</summary>
public sealed record ClinicLeadTime(long ClinicId, string Clinic, int? Days);

/// <summary>The organisation's lead time and the clinics the actor may see; <paramref name="CanEdit"/> for admins.</summary>
public sealed record LeadTimesView(int OrganisationDays, IReadOnlyList<ClinicLeadTime> Clinics, bool CanEdit);

/// <summary>A clinic's new lead time (null: the organisation's) and the value the admin saw, so a concurrent change is not overwritten.</summary>
public sealed record LeadTimeChange(long ClinicId, int? Days, int? Replacing);
