using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Admin;

/// <summary>The demo admin as the admin use cases' actor, read from the app's database as the pages read it.</summary>
internal static class AdminActor
{
    public static async Task<AccessScope> AdminAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(ct);
        var id = await db.People.Where(p => p.Email == SignIn.Admin).Select(p => p.Id).SingleAsync(ct);
        return await services.GetRequiredService<AccessScopes>().ForPersonAsync(id, ct);
    }
}
