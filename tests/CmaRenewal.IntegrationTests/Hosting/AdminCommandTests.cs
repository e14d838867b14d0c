using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Hosting;

public sealed class AdminCommandTests
{
    private const string SizeRule = "--size must be small, large or a number of credentials from 100 to 300,000, ";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("seed-demo", "small", null)]
    [InlineData("seed-demo --size small", "small", null)]
    [InlineData("seed-demo --size large", "large", 30_000)]
    [InlineData("seed-demo --size 100", "100-credential", 100)]
    [InlineData("seed-demo --size 3000", "3,000-credential", 3_000)]
    [InlineData("seed-demo --size 90000", "90,000-credential", 90_000)]
    [InlineData("seed-demo --size 300000", "300,000-credential", 300_000)]
    public void SeedDemoSizes_AreNamesOrACountOfCredentials(string commandLine, string name, int? credentials)
    {
        var size = Assert.IsType<AdminCommand.SeedDemo>(AdminCommand.Parse(commandLine.Split(' '))).Size;

        Assert.Equal((name, credentials), (size.Name, size.Credentials));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--urls http://127.0.0.1:5000")]
    public void WebHostArguments_AreNotCommands(string commandLine)
    {
        Assert.Null(AdminCommand.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("seed", "Unknown command 'seed'. Commands: migrate | seed-demo [--size small|large|CREDENTIALS] | reminders run [--as-of YYYY-MM-DD] [--dry-run] | export-compliance [--as-of YYYY-MM-DD] [--clinic NAME] [--format csv|xlsx] [--out FILE] [--pivot] | import people|credentials|activities FILE [--dry-run] [--skip-invalid] [--language=en|es] | backup FILE [--force] | create-admin EMAIL --first NAME --last NAME --clinic NAME [--time-zone IANA] | rebuild-totals")]
    [InlineData("rebuild-totals now", "rebuild-totals takes no arguments. " + AdminCommand.Usage)]
    [InlineData("reminders", "Unknown reminders command ''. " + AdminCommand.Usage)]
    [InlineData("reminders plan", "Unknown reminders command 'plan'. " + AdminCommand.Usage)]
    [InlineData("reminders run --as-of x", "--as-of must be a date like 2026-12-01, not 'x'.")]
    [InlineData("reminders run --as-of 12/01/2026", "--as-of must be a date like 2026-12-01, not '12/01/2026'.")]
    [InlineData("reminders run --as-of", "--as-of must be a date like 2026-12-01, not ''.")]
    [InlineData("seed-demo --size huge", SizeRule + "not 'huge'.")]
    [InlineData("seed-demo --size", SizeRule + "not ''.")]
    [InlineData("seed-demo --size 0", SizeRule + "not '0'.")]
    [InlineData("seed-demo --size 99", SizeRule + "not '99'.")]
    [InlineData("seed-demo --size 300001", SizeRule + "not '300001'.")]
    [InlineData("seed-demo --size -3000", SizeRule + "not '-3000'.")]
    [InlineData("seed-demo --size 3,000", SizeRule + "not '3,000'.")]
    [InlineData("seed-demo --size 3e3", SizeRule + "not '3e3'.")]
    [InlineData("seed-demo --size 99999999999", SizeRule + "not '99999999999'.")]
    [InlineData("seed-demo --size Large", SizeRule + "not 'Large'.")]
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
