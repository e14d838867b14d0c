using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>What one open of a person's page costs the database: the prerender of <c>/people/{id}</c> for their manager.</summary>
public sealed class PersonPageLoadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpeningAPersonPage_ReadsTheirDetailInOneDbContext_WithFewRoundTrips()
    {
        await using var app = new AppFactory();
        var maria = await AppData.PersonIdAsync(app, DemoPeople.Maria);
        using var client = await app.SignedInAsync(DemoPeople.Rachel);
        var page = new Uri($"/people/{maria}", UriKind.Relative);
        // Once before counting, so start-up work (migrations, seeding, first-use caches) is not counted.
        await client.GetStringAsync(page, Ct);

        using var traffic = new EfTraffic(app.DataDirectory);
        var html = await client.GetStringAsync(page, Ct);

        Assert.Contains("credential-card", html, StringComparison.Ordinal);
        var output = string.Join("\n---\n", traffic.Commands.Select(c => $"[{c.Context}] {c.Sql}"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{traffic.Contexts} contexts, {traffic.Commands.Count} commands:\n{output}");
        // The current cycles' CE is read by the person-detail query alone; every CE read shares its context.
        var detail = Assert.Single(traffic.Commands.Where(c => c.Sql.Contains("FROM \"CeActivityCredentials\"", StringComparison.Ordinal))
            .Select(c => c.Context).Distinct());
        Assert.All(traffic.Commands.Where(c => c.Sql.Contains("\"CeActivities\"", StringComparison.Ordinal)), c => Assert.Equal(detail, c.Context));
        // Measured: the person with their clinic, the credentials with renewals, payments, the history's count and its page
        // (rows, splits, links), and every current cycle's CE (rows, splits). Before: 7 + 2 per credential, in a third context.
        // Then audit readiness (issue 12) reads the counts kept on the credentials' totals stamps (1; the CE that can count
        // or be found outside the window only where they do not serve; through the drill's own path it was 6), and the requirements in force
        // with the person's held codes (3): 13.
        var detailCommands = traffic.Commands.Count(c => c.Context == detail);
        Assert.True(detailCommands <= 13, $"The person-detail query sent {detailCommands} commands:\n{output}");
        // The whole request: the actor's scope and the person-detail query. Before: 3 contexts.
        Assert.True(traffic.Contexts == 2, $"The request opened {traffic.Contexts} DbContexts:\n{output}");
        Assert.True(traffic.Commands.Count <= 15, $"The request sent {traffic.Commands.Count} commands:\n{output}");
    }
}
