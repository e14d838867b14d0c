using System.Runtime.CompilerServices;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// Keeps CE totals on write: notes the credentials a save touches (links, activities, splits, renewals, credentials)
/// and recomputes their totals right after it. Registered before the audit interceptor, so the recompute runs inside
/// the audit's transaction and commits with the change. The database's triggers already deleted the stale stamps, so
/// if the recompute fails after a save that had no transaction, reads sum those credentials live until the next
/// refresh: slower, never wrong.
/// </summary>
public sealed partial class CeTotalsInterceptor(CeTotalsStore store, ILogger<CeTotalsInterceptor> logger) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Touched> pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CmaRenewalDbContext db && Collect(db) is { } touched)
        {
            var activities = touched.Activities.ToArray();
            if (activities.Length > 0)
                touched.Credentials.UnionWith(await db.CeActivityCredentials.AsNoTracking()
                    .Where(l => activities.Contains(l.ActivityId)).Select(l => l.CredentialId).ToListAsync(cancellationToken));
            pending.AddOrUpdate(db, touched);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CmaRenewalDbContext db && Collect(db) is { } touched)
        {
            var activities = touched.Activities.ToArray();
            if (activities.Length > 0)
                touched.Credentials.UnionWith([.. db.CeActivityCredentials.AsNoTracking()
                    .Where(l => activities.Contains(l.ActivityId)).Select(l => l.CredentialId)]);
            pending.AddOrUpdate(db, touched);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is not ({ } db, { } ids)) return result;
        try
        {
            await store.RefreshAsync(db, ids, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && db.Database.CurrentTransaction is null)
        {
            NotRefreshed(logger, e, ids.Count);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is not ({ } db, { } ids)) return result;
        try
        {
            store.RefreshAsync(db, ids, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception e) when (db.Database.CurrentTransaction is null)
        {
            NotRefreshed(logger, e, ids.Count);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static Touched? Collect(CmaRenewalDbContext db)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        var touched = new Touched();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case CeActivityCredential or Renewal or Credential:
                    touched.Entities.Add(entry.Entity);
                    break;
                case CeActivity activity when entry.State != EntityState.Added:
                    touched.Activities.Add(activity.Id);
                    break;
                case CeActivitySplit split when split.ActivityId > 0:
                    touched.Activities.Add(split.ActivityId);
                    break;
            }
        }
        return touched.Entities.Count > 0 || touched.Activities.Count > 0 ? touched : null;
    }

    // Ids of added rows exist only after the save, so they are read from the entities now.
    private (CmaRenewalDbContext, HashSet<long>)? Take(DbContext? context)
    {
        if (context is not CmaRenewalDbContext db || !pending.TryGetValue(db, out var touched)) return null;
        pending.Remove(db);
        foreach (var entity in touched.Entities)
            touched.Credentials.Add(entity switch
            {
                CeActivityCredential link => link.CredentialId,
                Renewal renewal => renewal.CredentialId,
                Credential credential => credential.Id,
                _ => 0,
            });
        touched.Credentials.RemoveWhere(id => id <= 0);
        return (db, touched.Credentials);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) pending.Remove(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CE totals of {Count} credentials were not refreshed; reads sum them live until the next refresh")]
    private static partial void NotRefreshed(ILogger logger, Exception exception, int count);

    private sealed class Touched
    {
        public List<object> Entities { get; } = [];
        public HashSet<long> Activities { get; } = [];
        public HashSet<long> Credentials { get; } = [];
    }
}
