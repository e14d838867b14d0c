using System.Runtime.CompilerServices;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Keeps the planner's marks right on every EF save: whatever a save changes among reminder inputs becomes
/// <see cref="ReminderChange"/> rows after the data is written (inside the save's transaction when there is one, else
/// just after its commit), so a planner that reads the marks first and the data second never misses a write.
/// Stateless apart from the per-context capture, so one instance serves every context.
/// </summary>
public sealed class ReminderChanges : SaveChangesInterceptor
{
    public const string Table = "ReminderChanges";

    public static readonly ReminderChanges Watcher = new();

    private readonly ConditionalWeakTable<DbContext, ReminderInputs> captured = [];

    private ReminderChanges()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } inputs)
            foreach (var sql in inputs.Statements()) eventData.Context!.Database.ExecuteSqlRaw(sql);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } inputs) await MarkAsync(eventData.Context!, inputs, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Marks people whose CE a bulk writer inserted without EF's tracking, in that writer's transaction.</summary>
    internal static Task MarkPeopleAsync(CmaRenewalDbContext db, IEnumerable<long> personIds, CancellationToken ct) =>
        MarkAsync(db, ReminderInputs.ForPeople(personIds), ct);

    private static async Task MarkAsync(DbContext db, ReminderInputs inputs, CancellationToken ct)
    {
        foreach (var sql in inputs.Statements()) await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    private void Capture(DbContext? context)
    {
        if (context is not CmaRenewalDbContext) return;
        if (context.ChangeTracker.AutoDetectChangesEnabled) context.ChangeTracker.DetectChanges();
        // A save nested in another's SavedChanges (the audit trail's) changes no inputs and keeps the outer capture.
        if (ReminderInputs.From(context.ChangeTracker) is { } inputs) captured.AddOrUpdate(context, inputs);
    }

    private ReminderInputs? Take(DbContext? context)
    {
        if (context is null || !captured.TryGetValue(context, out var inputs)) return null;
        captured.Remove(context);
        return inputs;
    }
}
