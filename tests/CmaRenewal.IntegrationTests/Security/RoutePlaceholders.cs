using System.Globalization;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Fills ids into matrix routes from the demo data, so a route about someone's data is one line in
/// <see cref="RouteRule.All"/>: <c>{maria}</c> is Maria's person id, <c>{mariaActivity}</c> one of her CE activities, <c>{mariaCredential}</c> her first credential.
/// </summary>
public static class RoutePlaceholders
{
    public static async Task<string> ResolveAsync(AppFactory app, string path, CancellationToken ct)
    {
        if (!path.Contains('{', StringComparison.Ordinal)) return path;
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(ct);
        var maria = await db.People.Where(p => p.Email == DemoPeople.Maria).Select(p => p.Id).SingleAsync(ct);
        if (path.Contains("{mariaActivity}", StringComparison.Ordinal))
        {
            var activity = await db.CeActivities.Where(a => a.PersonId == maria).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(ct);
            path = path.Replace("{mariaActivity}", Id(activity), StringComparison.Ordinal);
        }
        if (path.Contains("{mariaCredential}", StringComparison.Ordinal))
        {
            var credential = await db.Credentials.Where(c => c.PersonId == maria).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(ct);
            path = path.Replace("{mariaCredential}", Id(credential), StringComparison.Ordinal);
        }
        return path.Replace("{maria}", Id(maria), StringComparison.Ordinal);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
