using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Persistence;

namespace CmaRenewal.IntegrationTests.Admin;

/// <summary>The demo admin as the admin use cases' actor, read from the app's database as the pages read it.</summary>
internal static class AdminActor
{
    public static Task<AccessScope> AdminAsync(this IServiceProvider services, CancellationToken ct) => services.ActorAsync(DemoPeople.Ada, ct);
}
