using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Exports;

/// <summary>
/// The compliance export's rows for the whole organisation or one clinic on a date, for the admin verb and the
/// API's export. Like the staff grid it includes inactive people: their credentials still have a standing, and
/// a reader filtering them out can do so by email.
/// </summary>
public sealed class ComplianceExportRows(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceQueries queries, PersonDetailQuery detail)
{
    /// <summary>The id of the clinic with this name, compared case-insensitively; null when there is none.</summary>
    public async Task<long?> FindClinicAsync(string name, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Compared in memory: SQLite and SQL Server disagree on case rules, and clinics are few.
        var clinics = await db.Clinics.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return clinics.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    /// <summary>
    /// The clinics an export for <paramref name="access"/> covers: <paramref name="clinicId"/> alone when given, else
    /// every clinic (null) for an admin and the managed ones for a manager. False when the clinic is not theirs to see.
    /// </summary>
    public static bool TryClinicsFor(AccessScope access, long? clinicId, out IReadOnlyCollection<long>? clinics)
    {
        clinics = clinicId is { } one ? [one] : access.IsAdmin ? null : access.ManagedClinicIds;
        return clinicId is not { } id || access.CanSeeClinic(id);
    }

    /// <summary>Rows in <see cref="ComplianceExportColumns.Names"/> order, sorted by email then credential so runs compare.</summary>
    public Task<IReadOnlyList<object?[]>> RowsAsync(long? clinicId, DateOnly asOf, CancellationToken ct) =>
        RowsAsync(clinicId is { } id ? [id] : null, asOf, ct);

    /// <summary>The same for several clinics; null means the whole organisation.</summary>
    public Task<IReadOnlyList<object?[]>> RowsAsync(IReadOnlyCollection<long>? clinicIds, DateOnly asOf, CancellationToken ct) =>
        RowsAsync(clinicIds, asOf, StaffFilter.All, ct);

    /// <summary>
    /// The rows the staff grid's <paramref name="filter"/> keeps (status, credential, search): the grid's own export is
    /// this one, so both files have the same columns, spellings and rows. Each requirement an active person leaves
    /// unmet adds a Missing row (<see cref="ComplianceExportColumns.Missing"/>), sorted among the credentials by its code.
    /// </summary>
    public async Task<IReadOnlyList<object?[]>> RowsAsync(
        IReadOnlyCollection<long>? clinicIds, DateOnly asOf, StaffFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (all, unmet) = await EvaluateAsync(clinicIds, asOf, ct);
        var readiness = await detail.ReadinessAsync(all, ct);
        var matching = all.Where(filter.Matches).ToArray();
        var rows = new (string Email, string PackCode, long Id, object?[] Row)[matching.Length];
        // Each row is formatted on its own (dates, amounts, per-category text), so a large export spreads over every core.
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = matching.Length > 1_000 ? -1 : 1 };
        Parallel.For(0, matching.Length, options, i =>
        {
            var c = matching[i];
            rows[i] = (c.Email, c.PackCode, c.CredentialId,
                ComplianceExportColumns.Values(c.Email, c.PackCode, c.Number, c.Result, readiness.GetValueOrDefault(c.CredentialId)));
        });
        return [.. rows
            .Concat(unmet.Where(filter.Matches).Select(m => (m.Email, PackCode: m.Group.Label, Id: 0L, Row: ComplianceExportColumns.Missing(m.Email, m.Group))))
            .OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.PackCode, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => r.Row)];
    }

    /// <summary>The person × credential layout (see <see cref="CompliancePivot"/>) of the same clinics on the same day.</summary>
    public Task<(string[] Header, IReadOnlyList<object?[]> Rows)> PivotAsync(
        IReadOnlyCollection<long>? clinicIds, DateOnly asOf, CancellationToken ct) =>
        PivotAsync(clinicIds, asOf, StaffFilter.All, ct);

    /// <summary>The pivot of the credentials (and Missing requirements) the grid's <paramref name="filter"/> keeps.</summary>
    public async Task<(string[] Header, IReadOnlyList<object?[]> Rows)> PivotAsync(
        IReadOnlyCollection<long>? clinicIds, DateOnly asOf, StaffFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (evaluated, unmet) = await EvaluateAsync(clinicIds, asOf, ct);
        return CompliancePivot.Build(evaluated.Where(filter.Matches), unmet.Where(filter.Matches));
    }

    // A manager of no clinic exports nothing, without asking the database.
    private async Task<(IReadOnlyList<CredentialCompliance>, IReadOnlyList<MissingCredential>)> EvaluateAsync(
        IReadOnlyCollection<long>? clinicIds, DateOnly asOf, CancellationToken ct)
    {
        if (clinicIds is { Count: 0 }) return ([], []);
        var scope = clinicIds is null ? ComplianceScope.Organization : ComplianceScope.Clinics(clinicIds);
        // Two independent reads, the second beside the first (the provider's async reads run synchronously).
        var unmet = Task.Run(() => queries.MissingAsync(scope, ct), ct);
        return (await queries.EvaluateAsync(scope, asOf, ct), await unmet);
    }
}
