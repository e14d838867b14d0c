using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Exports;

/// <summary>
/// The compliance export's rows for the whole organisation or one clinic on a date, for the admin verb and the
/// API's export. Like the staff grid it includes inactive people: their credentials still have a standing, and
/// a reader filtering them out can do so by email.
/// </summary>
public sealed class ComplianceExportRows(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceQueries queries)
{
    /// <summary>The id of the clinic with this name, compared case-insensitively; null when there is none.</summary>
    public async Task<long?> FindClinicAsync(string name, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Compared in memory: SQLite and SQL Server disagree on case rules, and clinics are few.
        var clinics = await db.Clinics.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return clinics.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    /// <summary>Rows in <see cref="ComplianceExportColumns.Names"/> order, sorted by email then credential so runs compare.</summary>
    public Task<IReadOnlyList<object?[]>> RowsAsync(long? clinicId, DateOnly asOf, CancellationToken ct) =>
        RowsAsync(clinicId is { } id ? ComplianceScope.Clinic(id) : ComplianceScope.Organization, asOf, ct);

    /// <summary>The same rows for any scope (a manager's clinics through the API).</summary>
    public async Task<IReadOnlyList<object?[]>> RowsAsync(ComplianceScope scope, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var evaluated = await queries.EvaluateAsync(scope, asOf, ct);
        return [.. evaluated
            .OrderBy(c => c.Email, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.PackCode, StringComparer.Ordinal).ThenBy(c => c.CredentialId)
            .Select(c => ComplianceExportColumns.Values(c.Email, c.PackCode, c.Number, c.Result))];
    }
}
