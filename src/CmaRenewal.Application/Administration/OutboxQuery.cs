using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Administration;

/// <summary>Reads the outbox for admins, a page at a time, newest first; filters, paging and counts run in SQL.</summary>
public sealed class OutboxQuery(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public async Task<UseCaseResult<OutboxPage>> PageAsync(AccessScope actor, OutboxFilter filter, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (AdminOnly.Refusal<OutboxPage>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.OutboxEmails.AsNoTracking();
        if (filter.Status is { } status) query = query.Where(e => e.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Recipient)) query = query.Where(e => e.ToAddress.Contains(filter.Recipient.Trim()));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(e => new OutboxRow(e.Id, e.CreatedAtUtc, e.ToAddress, e.Subject, e.Purpose, e.Status, e.Attempts, e.LastError, e.SentAtUtc))
            .ToListAsync(ct);
        return UseCaseResult<OutboxPage>.Done(new OutboxPage(rows, total));
    }

    /// <summary>How many emails are in each status, every status listed (zero when none).</summary>
    public async Task<UseCaseResult<IReadOnlyDictionary<OutboxStatus, int>>> CountsAsync(AccessScope actor, CancellationToken ct)
    {
        if (AdminOnly.Refusal<IReadOnlyDictionary<OutboxStatus, int>>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var counts = await db.OutboxEmails.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return UseCaseResult<IReadOnlyDictionary<OutboxStatus, int>>.Done(
            Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.SingleOrDefault(c => c.Key == s)?.Count ?? 0));
    }

    public async Task<UseCaseResult<OutboxBody>> BodyAsync(AccessScope actor, long id, CancellationToken ct)
    {
        if (AdminOnly.Refusal<OutboxBody>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var body = await db.OutboxEmails.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new OutboxBody(e.Purpose, e.IsSensitive, e.IsSensitive ? null : e.HtmlBody, e.IsSensitive ? null : e.TextBody))
            .SingleOrDefaultAsync(ct);
        return body is null ? UseCaseResult<OutboxBody>.NotFound(OutboxResend.Gone) : UseCaseResult<OutboxBody>.Done(body);
    }
}
