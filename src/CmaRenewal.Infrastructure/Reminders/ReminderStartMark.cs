using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Marks everyone for the planner when the app starts. A start is when the shipped rule packs (a new release) and the
/// reminder settings (<c>Reminders:*</c>) can change, and no write marks those: without this, the due index would keep
/// the days worked out under the old rules until each person's next write. One whole-organisation run per start.
/// </summary>
internal sealed class ReminderStartMark(IDbContextFactory<CmaRenewalDbContext> factory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Set<ReminderChange>().Add(new ReminderChange(personId: null));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
