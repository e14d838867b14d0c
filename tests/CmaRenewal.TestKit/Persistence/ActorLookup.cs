using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>
/// The in-process way to act as someone: the <see cref="AccessScope"/> the app would give the person with this email,
/// for calling a handler or service directly (no sign-in, no HTTP).
/// </summary>
public static class ActorLookup
{
    public static async Task<long> PersonIdAsync(this IDbContextFactory<CmaRenewalDbContext> data, string email, CancellationToken ct)
    {
        await using var db = await data.CreateDbContextAsync(ct);
        return await db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync(ct);
    }

    public static async Task<AccessScope> ActorAsync(this IDbContextFactory<CmaRenewalDbContext> data, string email, CancellationToken ct) =>
        await new AccessScopes(data).ForPersonAsync(await data.PersonIdAsync(email, ct), ct);

    /// <summary>The same through a running app's services (its context factory is scoped, so a scope is made here).</summary>
    public static async Task<AccessScope> ActorAsync(this IServiceProvider services, string email, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().ActorAsync(email, ct);
    }
}
