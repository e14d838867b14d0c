using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Staff;

/// <summary>What one open of the staff grid costs the database: the prerender of <c>/staff</c> for a manager.</summary>
public sealed class StaffGridLoadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpeningTheGrid_ReadsInOneDbContext_WithClinicsOnce()
    {
        await using var app = new AppFactory();
        using var client = await app.SignedInAsync(DemoPeople.Rachel);
        // Once before counting, so start-up work (migrations, seeding, first-use caches) is not counted.
        await client.GetStringAsync(new Uri("/staff", UriKind.Relative), Ct);

        using var traffic = new EfTraffic(app.DataDirectory);
        var html = await client.GetStringAsync(new Uri("/staff", UriKind.Relative), Ct);

        Assert.Contains("data-status-count", html, StringComparison.Ordinal);
        var output = string.Join("\n---\n", traffic.Commands.Select(c => $"[{c.Context}] {c.Sql}"));
        // The credentials (with renewals and payments), their CE stamps and, for the Missing rows, the requirements and
        // the active people come through plain readers, not seen here; EF reads the clinics' list in the same context.
        var grid = Assert.Single(traffic.Commands, c => c.Sql.Contains("FROM \"Clinics\" AS \"c\"\nORDER BY", StringComparison.Ordinal)).Context;
        var gridCommands = traffic.Commands.Where(c => c.Context == grid).ToList();
        // Measured: the actor's time zone, the clinics, the credentials with last activity, renewals, payments, the
        // window table and its rows (the CE aggregate runs on a raw reader), then the requirements and the active people
        // in scope for the Missing rows (their codes come from the credentials already read). Before: 5 contexts and 9 commands.
        // Audit readiness (issue 12) then reads, for the credentials already judged, only the CE that can count or be found
        // outside the window, with its splits, in one command per 500 credentials: 10. (Through the drill's own path it was
        // 6 more, and a 200-person clinic took 1.2 s.) Now the counts are kept on the totals stamps the grid reads anyway,
        // so no CE row is read for readiness (nor for totals) when the stamps serve, as they do after the seeder: 7 (the
        // stamps themselves come through a plain reader beside the credentials). On SQLite the credentials, renewals and
        // payments too, in one command: EF sends the time zone, the clinics, the requirements and the active people, 4.
        // The requirements and the active people then came through a plain reader too (issue 15): 2.
        Assert.True(gridCommands.Count <= 2, $"The grid sent {gridCommands.Count} commands:\n{output}");
        Assert.DoesNotContain(gridCommands, c => c.Sql.Contains("\"CreatedAtUtc\"", StringComparison.Ordinal));
        Assert.Single(traffic.Commands, c => c.Sql.Contains("FROM \"Clinics\" AS \"c\"\nORDER BY", StringComparison.Ordinal));
        Assert.All(traffic.Commands.Where(c => c.Sql.Contains("\"CeActivities\"", StringComparison.Ordinal)), c => Assert.Equal(grid, c.Context));
        // The whole request: the actor's scope, the grid, and the calendar-feed panel. Before: 7 contexts, 12 commands.
        Assert.True(traffic.Contexts == 3, $"The request opened {traffic.Contexts} DbContexts:\n{output}");
        Assert.True(traffic.Commands.Count <= 10, $"The request sent {traffic.Commands.Count} commands:\n{output}");
    }
}
