using System.Data.Common;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// What one planning run changes: new reminders, pending ones to queue or cancel, and one email per recipient whose
/// day has no email yet. Worked out first (a dry run stops there), then written recipient by recipient, each under
/// the unique keys, so a planner racing this one on another server can only make one of them fail, never both succeed.
/// </summary>
internal sealed partial class OutboxPlan
{
    private const int KeyChunk = 2_000;
    private const int RecipientsPerTransaction = 200;

    private readonly List<RecipientPlan> recipients = [];
    private readonly List<long> toCancel = [];
    private readonly DateTime nowUtc;

    private OutboxPlan(DateTime nowUtc) => this.nowUtc = nowUtc;

    public int NewReminders => recipients.Sum(r => r.New.Count);
    public int Cancelled => toCancel.Count;
    public List<PlannedEmail> Emails { get; } = [];

    private sealed record RecipientPlan(Recipient Recipient, List<Candidate> New, List<long> PendingToQueue, bool MakesEmail);

    public static async Task<OutboxPlan> MakeAsync(
        IDbContextFactory<CmaRenewalDbContext> factory, PlanningAudience audience, List<Candidate> candidates,
        IReadOnlyList<PendingReminder> pending, DateTime nowUtc, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var current = candidates.DistinctBy(c => c.Key).ToDictionary(c => c.Key);
        var stored = await StoredKeysAsync(db, current.Keys, ct);
        // Everyone's day is within a day or so of everyone else's: one range read finds the emails already made for them.
        var firstDay = audience.People.Values.Select(p => p.Day).DefaultIfEmpty().Min();
        var emailed = (await db.OutboxEmails.AsNoTracking().Where(e => e.DigestKey != null && e.Day >= firstDay)
            .Select(e => e.DigestKey!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        var plan = new OutboxPlan(nowUtc);
        // A pending reminder still goes out only while it is still current: its need is there and no newer rung replaced it.
        var keep = pending.Where(p => current.ContainsKey(p.Key) && audience.People.ContainsKey(p.RecipientPersonId)).ToLookup(p => p.RecipientPersonId);
        plan.toCancel.AddRange(pending.Where(p => !current.ContainsKey(p.Key) || !audience.People.ContainsKey(p.RecipientPersonId)).Select(p => p.Id));
        var fresh = current.Values.Where(c => !stored.Contains(c.Key)).ToLookup(c => c.RecipientId);
        foreach (var recipient in audience.People.Values)
        {
            var news = fresh[recipient.Id].ToList();
            var kept = keep[recipient.Id].ToList();
            if (news.Count == 0 && kept.Count == 0) continue;
            var makesEmail = !emailed.Contains(OutboxEmail.DigestKeyFor(recipient.Id, recipient.Day));
            plan.recipients.Add(new RecipientPlan(recipient, news, [.. kept.Select(k => k.Id)], makesEmail));
            if (makesEmail)
                plan.Emails.Add(new PlannedEmail(recipient.Id, recipient.Email, recipient.Day,
                    [.. news.Select(n => n.Line).Concat(kept.Select(k => current[k.Key].Line))]));
        }
        return plan;
    }

    /// <summary>Which of <paramref name="keys"/> are already stored as reminders.</summary>
    public static async Task<HashSet<string>> StoredKeysAsync(CmaRenewalDbContext db, IEnumerable<string> keys, CancellationToken ct)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeyChunk))
            stored.UnionWith(await db.Reminders.AsNoTracking().Where(r => chunk.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct));
        return stored;
    }

    public async Task WriteAsync(IDbContextFactory<CmaRenewalDbContext> factory, ILogger logger, CancellationToken ct)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
            foreach (var chunk in toCancel.Chunk(KeyChunk))
                await db.Reminders.Where(r => chunk.Contains(r.Id) && r.State == ReminderState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReminderState.Cancelled), ct);

        foreach (var batch in recipients.Chunk(RecipientsPerTransaction))
        {
            if (await TryWriteAsync(factory, batch, nowUtc, ct)) continue;
            // Someone else planned part of this batch at the same moment: write the rest one by one, skipping theirs.
            foreach (var one in batch)
            {
                if (await TryWriteAsync(factory, [one], nowUtc, ct)) continue;
                LogRaced(logger, one.Recipient.Id);
                Emails.RemoveAll(e => e.PersonId == one.Recipient.Id);
            }
        }
    }

    // Prepared bulk inserts: a first run can queue thousands of emails, and one EF SaveChanges per row costs far more
    // than the planning itself. A unique key already taken by a racing planner fails the batch, which is retried by recipient.
    private static async Task<bool> TryWriteAsync(IDbContextFactory<CmaRenewalDbContext> factory, RecipientPlan[] batch, DateTime nowUtc, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var emailIds = await InsertEmailsAsync(db, batch, nowUtc, ct);
            await using (var rows = await BulkTable.OpenAsync<Reminder>(db, ct, "Key", "RecipientPersonId", "Kind", "CredentialId", "SubjectPersonId",
                "MilestoneDate", "OffsetDays", "DueOn", "Payload", "State", "EmailId", "CreatedAtUtc"))
            {
                foreach (var plan in batch)
                {
                    long? emailId = emailIds.TryGetValue(plan.Recipient.Id, out var id) ? id : null;
                    var state = emailId is null ? ReminderState.Pending : ReminderState.Queued;
                    foreach (var c in plan.New)
                        await rows.InsertAsync(ct, c.Key, c.RecipientId, c.Kind.ToString(), c.CredentialId, c.SubjectPersonId,
                            c.MilestoneDate, c.OffsetDays, c.Day, c.Payload, state.ToString(), emailId, nowUtc);
                }
            }
            foreach (var plan in batch.Where(p => p.PendingToQueue.Count > 0 && emailIds.ContainsKey(p.Recipient.Id)))
            {
                var emailId = emailIds[plan.Recipient.Id];
                await db.Reminders.Where(r => plan.PendingToQueue.Contains(r.Id) && r.State == ReminderState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReminderState.Queued).SetProperty(r => r.EmailId, emailId), ct);
            }
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }
    }

    // Emails first, then their ids by digest key (unique), so the reminders can point at them.
    private static async Task<Dictionary<long, long>> InsertEmailsAsync(CmaRenewalDbContext db, RecipientPlan[] batch, DateTime nowUtc, CancellationToken ct)
    {
        var keys = new List<string>();
        await using (var emails = await BulkTable.OpenAsync<OutboxEmail>(db, ct, "Purpose", "RecipientPersonId", "DigestKey", "Day", "ToAddress",
            "Subject", "IsSensitive", "MessageId", "Status", "Attempts", "NextAttemptAtUtc", "CreatedAtUtc", "Version"))
        {
            foreach (var plan in batch.Where(p => p.MakesEmail))
            {
                var r = plan.Recipient;
                var e = OutboxEmail.ForReminders(r.Id, r.Email, r.Day, "CmaRenewal reminders", nowUtc);
                await emails.InsertAsync(ct, e.Purpose.ToString(), e.RecipientPersonId, e.DigestKey, e.Day, e.ToAddress,
                    e.Subject, e.IsSensitive, e.MessageId, e.Status.ToString(), e.Attempts, e.NextAttemptAtUtc, e.CreatedAtUtc, e.Version);
                keys.Add(e.DigestKey!);
            }
        }
        var ids = new Dictionary<long, long>();
        foreach (var chunk in keys.Chunk(KeyChunk))
            foreach (var row in await db.OutboxEmails.Where(e => chunk.Contains(e.DigestKey!)).Select(e => new { e.Id, e.RecipientPersonId }).ToListAsync(ct))
                ids[row.RecipientPersonId!.Value] = row.Id;
        return ids;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for person {PersonId} were planned by another run at the same time; left as they are.")]
    private static partial void LogRaced(ILogger logger, long personId);
}
