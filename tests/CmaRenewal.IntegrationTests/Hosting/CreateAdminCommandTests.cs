using System.Text;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// <c>create-admin</c>: the first admin of an empty database (no demo seed) gets a set-password link; following it
/// with Identity's reset API lets them sign in. Refusals exit 2 and write nothing.
/// </summary>
public sealed class CreateAdminCommandTests
{
    private const string BaseUrl = "https://cma.example.org/";
    private const string Email = "Olga.Owner@Clinic.Example";
    private const string Password = "A-long-chosen-pass-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AppFactory EmptyApp() => new(("Demo:SeedOnStart", "false"), ("App:BaseUrl", BaseUrl));

    private static async Task<(int Exit, string Output)> CreateAdminAsync(AppFactory app, params string[] args)
    {
        var output = new StringWriter();
        var exit = await AdminCommand.Parse(["create-admin", .. args])!.RunAsync(app.Services, output, Ct);
        return (exit, output.ToString());
    }

    private static string[] Olga(string email = Email, string clinic = "Lakeside Family Practice") =>
        [email, "--first", "Olga", "--last", "Owner", "--clinic", clinic, "--time-zone", "America/Chicago"];

    [Fact]
    public async Task OnAnEmptyDatabase_TheAdminFollowsThePrintedLink_ChoosesAPassword_AndSignsIn()
    {
        await using var app = EmptyApp();

        var (exit, output) = await CreateAdminAsync(app, Olga());

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Created admin olga.owner@clinic.example in Lakeside Family Practice. They choose a password at:", lines[0]);
        var link = new Uri(lines[1]);
        Assert.Equal(BaseUrl + "Account/ResetPassword", link.GetLeftPart(UriPartial.Path));
        Assert.DoesNotContain(Password, output, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        var clinic = Assert.Single(await db.Clinics.ToListAsync(Ct));
        Assert.Equal(("Lakeside Family Practice", "America/Chicago"), (clinic.Name, clinic.TimeZone));
        var person = Assert.Single(await db.People.ToListAsync(Ct));
        Assert.Equal((clinic.Id, "olga.owner@clinic.example", "Olga", "Owner", PersonRole.Admin), (person.ClinicId, person.Email, person.FirstName, person.LastName, person.Role));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(Email);
        Assert.NotNull(user);
        Assert.Equal(person.Id, user.PersonId);
        Assert.False(await users.HasPasswordAsync(user));

        // What the reset-password page does with the link's code.
        var code = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(QueryHelpers.ParseQuery(link.Query)["code"].ToString()));
        Assert.True((await users.ResetPasswordAsync(user, code, Password)).Succeeded);

        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        Assert.True((await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: false)).Succeeded);
        Assert.False((await users.ResetPasswordAsync(user, code, "Another-pass-2026")).Succeeded); // the link works once
    }

    [Fact]
    public async Task RunTwiceForOneEmail_RefusesTheSecond_AndKeepsOnePerson()
    {
        await using var app = EmptyApp();
        Assert.Equal(0, (await CreateAdminAsync(app, Olga())).Exit);

        var again = await Assert.ThrowsAsync<AdminCommandException>(() => CreateAdminAsync(app, Olga(Email.ToUpperInvariant(), "Another Clinic")));

        Assert.Equal(("olga.owner@clinic.example already belongs to someone; nothing was created.", 2), (again.Message, again.ExitCode));
        Assert.Equal((1, 1, 1), await CountsAsync(app));
    }

    [Fact]
    public async Task AnExistingClinic_IsJoined_NotCreatedAgain()
    {
        await using var app = EmptyApp();
        Assert.Equal(0, (await CreateAdminAsync(app, Olga())).Exit);

        Assert.Equal(0, (await CreateAdminAsync(app, "second@clinic.example", "--first", "Sam", "--last", "Second", "--clinic", "Lakeside Family Practice")).Exit);

        Assert.Equal((1, 2, 2), await CountsAsync(app));
    }

    [Theory]
    [InlineData("not-an-email", "Olga", "America/Chicago", "'not-an-email' is not an email address. Nothing was created.")]
    [InlineData(Email, " ", "America/Chicago", "First name is required. Nothing was created.")]
    [InlineData(Email, "Olga", "Mars/Olympus_Mons", "Time zone 'Mars/Olympus_Mons' is not an IANA time zone id. Nothing was created.")]
    public async Task InvalidValues_AreRefused_AndWriteNothing(string email, string first, string zone, string message)
    {
        await using var app = EmptyApp();

        var refused = await Assert.ThrowsAsync<AdminCommandException>(() =>
            CreateAdminAsync(app, email, "--first", first, "--last", "Owner", "--clinic", "Lakeside", "--time-zone", zone));

        Assert.Equal(message, refused.Message);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal((0, 0, 0), await CountsAsync(app));
    }

    [Theory]
    [InlineData("create-admin --first A --last B --clinic C", "create-admin needs the one email of the admin. " + AdminCommand.Usage)]
    [InlineData("create-admin a@b.c --first A --last B", "create-admin needs --clinic NAME. " + AdminCommand.Usage)]
    [InlineData("create-admin a@b.c --first A --last B --clinic C --password x", "Unknown option '--password' for create-admin. " + AdminCommand.Usage)]
    [InlineData("create-admin a@b.c --first A --last B --clinic C --time-zone", "--time-zone needs an IANA zone such as America/Chicago.")]
    public void MistypedCreateAdmins_SayWhatIsAccepted(string commandLine, string message)
    {
        Assert.Equal(message, Assert.Throws<AdminCommandException>(() => AdminCommand.Parse(commandLine.Split(' '))).Message);
    }

    private static async Task<(int Clinics, int People, int Users)> CountsAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        return (await db.Clinics.CountAsync(Ct), await db.People.CountAsync(Ct), await db.Users.CountAsync(Ct));
    }
}
