using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Hosting;

public sealed class AdminCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("")]
    [InlineData("--urls http://127.0.0.1:5000")]
    public void WebHostArguments_AreNotCommands(string commandLine)
    {
        Assert.Null(AdminCommand.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("seed", "Unknown command 'seed'. Commands: migrate | seed-demo [--size small|large] | reminders run [--as-of YYYY-MM-DD] [--dry-run] | export-compliance [--as-of YYYY-MM-DD] [--clinic NAME] [--format csv|xlsx] [--out FILE] [--pivot] | import people|credentials|activities FILE [--dry-run] [--skip-invalid] [--language=en|es] | backup FILE [--force] | create-admin EMAIL --first NAME --last NAME --clinic NAME [--time-zone IANA] | rebuild-totals")]
    [InlineData("rebuild-totals now", "rebuild-totals takes no arguments. " + AdminCommand.Usage)]
    [InlineData("reminders", "Unknown reminders command ''. " + AdminCommand.Usage)]
    [InlineData("reminders plan", "Unknown reminders command 'plan'. " + AdminCommand.Usage)]
    [InlineData("reminders run --as-of x", "--as-of must be a date like 2026-12-01, not 'x'.")]
    [InlineData("reminders run --as-of 12/01/2026", "--as-of must be a date like 2026-12-01, not '12/01/2026'.")]
    [InlineData("reminders run --as-of", "--as-of must be a date like 2026-12-01, not ''.")]
    [InlineData("seed-demo --size huge", "--size must be small or large, not 'huge'.")]
    [InlineData("seed-demo --size", "--size must be small or large, not ''.")]
    public void MistypedCommands_SayWhatIsAccepted(string commandLine, string message)
    {
        Assert.Equal(message, Assert.Throws<AdminCommandException>(() => AdminCommand.Parse(commandLine.Split(' '))).Message);
    }

    [Fact]
    public async Task MigrateThenSeedDemo_FillsAnEmptyDatabase_AndRefusesASecondTime()
    {
        await using var app = new AppFactory(("Demo:SeedOnStart", "false"));
        var output = new StringWriter();

        Assert.Equal(0, await AdminCommand.Parse(["migrate"])!.RunAsync(app.Services, output, Ct));
        Assert.Equal(0, await AdminCommand.Parse(["seed-demo", "--size", "small"])!.RunAsync(app.Services, output, Ct));
        Assert.Equal(1, await AdminCommand.Parse(["seed-demo"])!.RunAsync(app.Services, output, Ct));

        Assert.Contains("Seeded the small demo: 3 clinics, 14 people", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("only seeded into an empty database", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_CreatesTheSignInAccounts_AndPrintsTheLogins_AsTheFirstStartDoes()
    {
        await using var app = new AppFactory(("Demo:SeedOnStart", "false"));
        var output = new StringWriter();

        Assert.Equal(0, await AdminCommand.Parse(["seed-demo"])!.RunAsync(app.Services, output, Ct));

        Assert.Contains($"Demo login (Admin): {DemoPeople.Ada} / {DemoPeople.Password}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{DemoPeople.Maria} / {DemoPeople.Password}", output.ToString(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var maria = await users.FindByEmailAsync(DemoPeople.Maria);
        Assert.NotNull(maria);
        Assert.True(await users.CheckPasswordAsync(maria, DemoPeople.Password));
    }
}
