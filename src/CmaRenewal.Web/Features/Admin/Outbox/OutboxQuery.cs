using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Admin.Outbox;

/// <summary>Reads the outbox a page at a time, newest first; filters, paging and counts run in SQL.</summary>
public sealed class OutboxQuery(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public async Task<OutboxPage> PageAsync(OutboxFilter filter, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.OutboxEmails.AsNoTracking();
        if (filter.Status is { } status) query = query.Where(e => e.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Recipient)) query = query.Where(e => e.ToAddress.Contains(filter.Recipient.Trim()));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(e => new OutboxRow(e.Id, e.CreatedAtUtc, e.ToAddress, e.Subject, e.Purpose, e.Status, e.Attempts, e.LastError, e.SentAtUtc))
            .ToListAsync(ct);
        return new OutboxPage(rows, total);
    }

    /// <summary>How many emails are in each status, every status listed (zero when none).</summary>
    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var counts = await db.OutboxEmails.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.SingleOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public async Task<OutboxBody?> BodyAsync(long id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.OutboxEmails.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new OutboxBody(e.Purpose, e.IsSensitive, e.IsSensitive ? null : e.HtmlBody, e.IsSensitive ? null : e.TextBody))
            .SingleOrDefaultAsync(ct);
    }
}
