using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.E2ETests.Accessibility;

public static class RunningAppPeople
{
    /// <summary>The id of the demo person signing in with <paramref name="email"/>, for pages addressed by id.</summary>
    public static async Task<long> PersonIdAsync(this RunningApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
    }
}
