using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>The reminder emails a database holds: who, for which day, under which Message-ID, and whether sent.</summary>
internal sealed record ReminderEmail(string To, DateOnly Day, string MessageId, OutboxStatus Status)
{
    public static async Task<List<ReminderEmail>> InAsync(CmaRenewalDbContext db, CancellationToken ct) =>
        (await db.OutboxEmails.AsNoTracking().Where(e => e.Day != null)
            .Select(e => new { e.ToAddress, e.Day, e.MessageId, e.Status }).ToListAsync(ct))
        .Select(e => new ReminderEmail(e.ToAddress, e.Day!.Value, e.MessageId, e.Status)).ToList();

    /// <summary>"to on day", the identity of a daily email whichever server made it.</summary>
    public string Recipient => $"{To} on {Day:yyyy-MM-dd}";
}
