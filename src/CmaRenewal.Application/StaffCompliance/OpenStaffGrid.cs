using CmaRenewal.Application.Localization;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.StaffCompliance;

/// <summary>
/// The staff grid's read: the engine's verdicts for the clinics a manager may see, plus a Missing row per unmet requirement, with clinic names and each
/// person's latest CE. Everything is read in one DbContext: the actor's today, the clinics once, and the credentials
/// with their last activity in one query (then renewals, payments and the CE totals, as every evaluation does), and
/// each credential's audit readiness as the drill judges it.
/// </summary>
public sealed class OpenStaffGrid(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceQueries queries, PersonClock clock)
{
    private static readonly AppText Text = new(typeof(OpenStaffGrid));

    public async Task<UseCaseResult<StaffGridView>> HandleAsync(AccessScope actor, StaffGridRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsManager) return UseCaseResult<StaffGridView>.Forbidden(Text["ManagersOnly"]);
        // A clinic outside the actor's scope is "not found", so its existence is not revealed.
        if (request.ClinicId is { } asked && !actor.CanSeeClinic(asked))
            return UseCaseResult<StaffGridView>.NotFound(Text.Format("NoClinic", asked));

        await using var db = await factory.CreateDbContextAsync(ct);
        var asOf = request.AsOf ?? await clock.TodayForAsync(db, actor.PersonId, ct);
        var all = await db.Clinics.AsNoTracking().OrderBy(c => c.Name).Select(c => new ClinicChoice(c.Id, c.Name)).ToListAsync(ct);
        List<ClinicChoice> clinics = [.. all.Where(c => actor.CanSeeClinic(c.Id))];
        var shown = request.ClinicId ?? StartingClinic(actor, request, clinics);

        var ids = shown is { } one ? [one] : clinics.Select(c => c.Id).ToList();
        if (ids.Count == 0) return UseCaseResult<StaffGridView>.Done(new StaffGridView(asOf, clinics, shown, []));
        var evaluated = await queries.EvaluateAsync(db, ComplianceScope.Clinics(ids), asOf, withLastActivity: true, ct);
        var readiness = await PersonDetailQuery.ReadinessAsync(db, evaluated, ct);
        var names = clinics.ToDictionary(c => c.Id, c => c.Name);
        var missing = await ComplianceQueries.MissingAsync(db, ComplianceScope.Clinics(ids), evaluated, ct);
        // A person's latest CE came with each of their credentials; someone with none on file has none to show.
        var lastActivity = evaluated.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.First().LastActivityOn);
        List<StaffRow> rows = [.. evaluated.Select(c =>
                StaffRow.From(c, names.GetValueOrDefault(c.ClinicId, "")) with { Readiness = readiness.GetValueOrDefault(c.CredentialId) }),
            .. missing.Select(m => StaffRow.Missing(m, names.GetValueOrDefault(m.ClinicId, ""), lastActivity.GetValueOrDefault(m.PersonId)))];
        return UseCaseResult<StaffGridView>.Done(new StaffGridView(asOf, clinics, shown, rows));
    }

    private static long? StartingClinic(AccessScope actor, StaffGridRequest request, List<ClinicChoice> clinics) =>
        request.StartOnOneClinic && (actor.IsAdmin || clinics.Count == 1) && clinics.Count > 0 ? clinics[0].Id : null;
}
