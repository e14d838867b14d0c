using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.E2ETests.Accessibility;

public static class RunningAppPeople
{
    /// <summary>The id of the demo person signing in with <paramref name="email"/>, for pages addressed by id.</summary>
    public static Task<long> PersonIdAsync(this RunningApp app, string email) =>
        app.WithDbAsync((db, _) => db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync());

    /// <summary>Reads or writes the running app's database through its own context (query filters included) and services.</summary>
    public static async Task<T> WithDbAsync<T>(this RunningApp app, Func<CmaRenewalDbContext, IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await work(db, scope.ServiceProvider);
    }
}
