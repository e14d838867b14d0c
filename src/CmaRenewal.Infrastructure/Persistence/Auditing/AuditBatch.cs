using CmaRenewal.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace CmaRenewal.Infrastructure.Persistence.Auditing;

/// <summary>The audited changes of one save, and the transaction the interceptor opened for it (if any).</summary>
internal sealed class AuditBatch(IReadOnlyList<AuditBatch.Change> changes, bool ownsTransaction) : IDisposable
{
    private IDbContextTransaction? transaction;

    public void Begin(Func<IDbContextTransaction> begin)
    {
        if (ownsTransaction) transaction = begin();
    }

    public async Task BeginAsync(Func<CancellationToken, Task<IDbContextTransaction>> begin, CancellationToken ct)
    {
        if (ownsTransaction) transaction = await begin(ct);
    }

    public IEnumerable<AuditEntry> Entries(string actor, DateTime atUtc) =>
        changes.Select(c => c.Action == AuditAction.Added
            // Only now does an added row have its database id, and any values the database filled in.
            ? new AuditEntry(atUtc, actor, c.EntityType, AuditValues.KeyOf(c.Entry), c.Action, null,
                AuditValues.Serialize(c.Entry, original: false))
            : new AuditEntry(atUtc, actor, c.EntityType, c.Key!, c.Action, c.Before, c.After));

    public void Commit() => transaction?.Commit();

    public Task CommitAsync(CancellationToken ct) => transaction?.CommitAsync(ct) ?? Task.CompletedTask;

    // Disposing an uncommitted transaction rolls it back.
    public void Dispose() => transaction?.Dispose();

    internal sealed record Change(EntityEntry Entry, AuditAction Action, string EntityType, string? Key, string? Before, string? After)
    {
        /// <summary>Reads what must be read before the save: original values, and the key of a row about to go.</summary>
        public static Change Of(EntityEntry entry) => entry.State switch
        {
            EntityState.Added => new(entry, AuditAction.Added, entry.Metadata.ClrType.Name, null, null, null),
            EntityState.Modified => new(entry, AuditAction.Modified, entry.Metadata.ClrType.Name, AuditValues.KeyOf(entry),
                AuditValues.Serialize(entry, original: true), AuditValues.Serialize(entry, original: false)),
            _ => new(entry, AuditAction.Deleted, entry.Metadata.ClrType.Name, AuditValues.KeyOf(entry),
                AuditValues.Serialize(entry, original: true), null),
        };
    }
}
