using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>
/// Direct access to a running app's database for arranging tests. The app's own contexts audit under the signed-in
/// user, which a test outside any request does not have, so this one is built from the same settings without it.
/// </summary>
internal static class AppData
{
    public static CmaRenewalDbContext Open(AppFactory app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var options = new DbContextOptionsBuilder<CmaRenewalDbContext>();
        options.UseCmaDatabase(database.ResolveProvider(), database.ConnectionString!);
        return new CmaRenewalDbContext(options.Options);
    }

    public static async Task<long> PersonIdAsync(AppFactory app, string email)
    {
        await using var db = Open(app);
        return await db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
    }
}
