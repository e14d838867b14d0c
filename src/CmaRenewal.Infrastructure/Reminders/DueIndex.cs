using System.Data.Common;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// What the planner knows before judging anyone: each person's next due day from the runs before (<see cref="ReminderDue"/>)
/// and who was written since (<see cref="ReminderChange"/>). A person is due when never judged, marked, or when their
/// next due day has come in their own time zone; nobody else can have a reminder this run did not already store.
/// </summary>
internal sealed class DueIndex
{
    private const int Chunk = 2_000;

    private readonly Dictionary<long, DateOnly?> nextDue;
    private readonly HashSet<long> changed;
    private readonly long lastChangeId;

    private DueIndex(Dictionary<long, DateOnly?> nextDue, HashSet<long> changed, long lastChangeId, bool everyone) =>
        (this.nextDue, this.changed, this.lastChangeId, Everyone) = (nextDue, changed, lastChangeId, everyone);

    /// <summary>A change that concerns everyone (rules, requirements) was written: judge the whole organisation.</summary>
    public bool Everyone { get; }

    public static async Task<DueIndex> LoadAsync(CmaRenewalDbContext db, CancellationToken ct)
    {
        // Marks before anything else: a write then is either among them or committed before the data is read.
        var changes = await db.Set<ReminderChange>().AsNoTracking().Select(c => new { c.Id, c.PersonId }).ToListAsync(ct);
        var rows = await db.Set<ReminderDue>().AsNoTracking().ToDictionaryAsync(r => r.PersonId, r => r.NextDueOn, ct);
        return new DueIndex(rows, [.. changes.Where(c => c.PersonId is not null).Select(c => c.PersonId!.Value)],
            changes.Select(c => c.Id).DefaultIfEmpty().Max(), changes.Any(c => c.PersonId is null));
    }

    public bool IsDue(Recipient person) =>
        Everyone || changed.Contains(person.Id) || !nextDue.TryGetValue(person.Id, out var next) || next <= person.Day;

    /// <summary>
    /// Stores the next due day of everyone just judged (all rows replaced after a whole-organisation run) and drops the
    /// marks this run read. A planner racing this one on another server wrote the same days; then this one gives way.
    /// </summary>
    public async Task<bool> SaveAsync(
        IDbContextFactory<CmaRenewalDbContext> factory, IReadOnlyDictionary<long, DateOnly?> judged, bool everyoneJudged, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var rows = db.Set<ReminderDue>();
            if (everyoneJudged) await rows.ExecuteDeleteAsync(ct);
            else
                foreach (var chunk in judged.Keys.Chunk(Chunk))
                    await rows.Where(r => chunk.Contains(r.PersonId)).ExecuteDeleteAsync(ct);
            await using (var insert = await BulkTable.OpenAsync<ReminderDue>(db, ct, nameof(ReminderDue.PersonId), nameof(ReminderDue.NextDueOn)))
                foreach (var (personId, next) in judged) await insert.InsertAsync(ct, personId, next);
            await db.Set<ReminderChange>().Where(c => c.Id <= lastChangeId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }
    }
}
