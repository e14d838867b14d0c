using System.Runtime.CompilerServices;
using CmaRenewal.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CmaRenewal.Infrastructure.Persistence.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, modified or deleted audited row. Before-values are read
/// before the save; added rows are written after it, once the database has given them ids, in a second save inside
/// the same transaction so a change and its trail commit together. (A retrying execution strategy would refuse
/// that transaction; none is configured.)
/// </summary>
public sealed class AuditInterceptor(ICurrentActor actor, TimeProvider time) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, AuditBatch> batches = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData.Context) is { } batch) batch.Begin(eventData.Context!.Database.BeginTransaction);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Capture(eventData.Context) is { } batch)
            await batch.BeginAsync(ct => eventData.Context!.Database.BeginTransactionAsync(ct), cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Writable(eventData.Context) is not { } batch) return result;
        using (batch)
        {
            eventData.Context!.AddRange(batch.Entries(actor.Name, time.GetUtcNow().UtcDateTime));
            eventData.Context.SaveChanges();
            batch.Commit();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Writable(eventData.Context) is not { } batch) return result;
        using (batch)
        {
            eventData.Context!.AddRange(batch.Entries(actor.Name, time.GetUtcNow().UtcDateTime));
            await eventData.Context.SaveChangesAsync(cancellationToken);
            await batch.CommitAsync(cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private AuditBatch? Capture(DbContext? context)
    {
        if (context is null) return null;
        // A batch still here belongs to a save that never finished; its transaction must not leak into this one.
        Abandon(context);
        if (context.ChangeTracker.AutoDetectChangesEnabled) context.ChangeTracker.DetectChanges();
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => AuditedTypes.Contains(e.Metadata.ClrType))
            .Select(AuditBatch.Change.Of)
            .ToList();
        if (changes.Count == 0) return null;
        var batch = new AuditBatch(changes, context.Database.CurrentTransaction is null);
        batches.AddOrUpdate(context, batch);
        return batch;
    }

    private AuditBatch? Writable(DbContext? context)
    {
        // Forgotten before the nested save that writes the trail, so that save does not write it again (it has
        // nothing of its own to audit).
        if (context is null || !batches.TryGetValue(context, out var batch)) return null;
        batches.Remove(context);
        return batch;
    }

    private void Abandon(DbContext? context)
    {
        if (context is null || !batches.TryGetValue(context, out var batch)) return;
        batches.Remove(context);
        batch.Dispose();
    }
}
