using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Marks everyone for the planner when the app starts. A start is when the shipped rule packs (a new release) and the
/// reminder settings (<c>Reminders:*</c>) can change, and no write marks those: without this, the due index would keep
/// the days worked out under the old rules until each person's next write. One whole-organisation run per start.
/// The context factory is scoped, so the mark takes it from a scope of its own.
/// </summary>
internal sealed class ReminderStartMark(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await MarkEveryoneAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>(), cancellationToken);
    }

    internal static async Task MarkEveryoneAsync(IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Set<ReminderChange>().Add(new ReminderChange(personId: null));
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
