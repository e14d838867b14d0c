using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Administration;

/// <summary>
/// Reads the audit trail for admins, a page at a time; filtering and paging run in SQL, never over the whole table.
/// Each entry comes back as a history line (<see cref="AuditFormatter"/>), with the names of the rows it mentions.
/// </summary>
public sealed class AuditQuery(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public async Task<UseCaseResult<AuditPage>> PageAsync(AccessScope actor, AuditFilter filter, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (AdminOnly.Refusal<AuditPage>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType)) query = query.Where(e => e.EntityType == filter.EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(filter.EntityId)) query = query.Where(e => e.EntityId == filter.EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(e => e.Actor.Contains(filter.Actor.Trim()));
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc >= start);
        }
        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc < end);
        }
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        var names = await AuditNaming.ForAsync(db, entries, ct);
        return UseCaseResult<AuditPage>.Done(new AuditPage([.. entries.Select(e => AuditFormatter.Line(e, names))], total));
    }

    public async Task<UseCaseResult<IReadOnlyList<string>>> EntityTypesAsync(AccessScope actor, CancellationToken ct)
    {
        if (AdminOnly.Refusal<IReadOnlyList<string>>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        return UseCaseResult<IReadOnlyList<string>>.Done(
            await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct));
    }
}
