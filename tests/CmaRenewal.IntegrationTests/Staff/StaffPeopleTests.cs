using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using CmaRenewal.Application;
using CmaRenewal.Application.People;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Staff;

/// <summary>Invitations and deactivation through the services the Manage staff page calls, in the running app.</summary>
public sealed partial class StaffPeopleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Uri ResetPage = new("http://localhost/Account/ResetPassword");

    [Fact]
    public async Task Invite_CreatesAPersonAndAPasswordlessAccount_AndMailsAResetPasswordLink()
    {
        await using var app = new AppFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var rachel = await ScopeOfAsync(scope, DemoPeople.Rachel);

        var result = await scope.ServiceProvider.GetRequiredService<StaffInvitations>().InviteAsync(rachel,
            new InviteRequest { Email = "New.Hire@Example.org", FirstName = "Nia", LastName = "Hire", ClinicId = 1 }, ResetPage, Ct);

        Assert.True(result.IsDone, result.Message);
        await using var db = await Db(scope);
        var person = await db.People.SingleAsync(p => p.Email == "new.hire@example.org", Ct);
        Assert.Equal((1L, PersonRole.Assistant, true), (person.ClinicId, person.Role, person.IsActive));
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("new.hire@example.org");
        Assert.NotNull(user);
        Assert.Equal(person.Id, user.PersonId);
        Assert.True(user.EmailConfirmed);
        Assert.Null(user.PasswordHash);
        var mail = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail-pickup"), "*.eml").Single(), Ct);
        Assert.Contains("To: new.hire@example.org", mail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Account/ResetPassword?code=", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitedPerson_ChoosesAPasswordThroughTheLink_AndSignsIn()
    {
        await using var app = new AppFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var rachel = await ScopeOfAsync(scope, DemoPeople.Rachel);
        await scope.ServiceProvider.GetRequiredService<StaffInvitations>().InviteAsync(rachel,
            new InviteRequest { Email = "nia.hire@example.org", FirstName = "Nia", LastName = "Hire", ClinicId = 1 }, ResetPage, Ct);
        var mail = await MimeKit.MimeMessage.LoadAsync(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail-pickup"), "*.eml").Single(), Ct);
        var link = new Uri(LinkInText().Match(mail.TextBody ?? "").Value);

        var client = app.Anonymous();
        var page = link.PathAndQuery;
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative), Ct);
        var posted = await client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await SignIn.TokenAsync(client, page),
            ["_handler"] = "reset-password",
            ["Input.Code"] = WebUtility.HtmlDecode(HiddenCode().Match(html).Groups[1].Value),
            ["Input.Email"] = "nia.hire@example.org",
            ["Input.Password"] = "Chosen-pass-2026",
            ["Input.ConfirmPassword"] = "Chosen-pass-2026",
        }), Ct);

        Assert.Contains("ResetPasswordConfirmation", posted.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var _ = await app.SignedInAsync("nia.hire@example.org", "Chosen-pass-2026");
    }

    [GeneratedRegex(@"http://localhost/Account/ResetPassword\?code=\S+")]
    private static partial Regex LinkInText();

    [GeneratedRegex("name=\"Input.Code\" value=\"([^\"]+)\"")]
    private static partial Regex HiddenCode();

    [Fact]
    public async Task Invite_OfAnExistingEmail_IsRefused_AndCreatesNothing()
    {
        await using var app = new AppFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var rachel = await ScopeOfAsync(scope, DemoPeople.Rachel);
        await using var db = await Db(scope);
        var (people, users) = (await db.People.CountAsync(Ct), await db.Users.CountAsync(Ct));

        var result = await scope.ServiceProvider.GetRequiredService<StaffInvitations>().InviteAsync(rachel,
            new InviteRequest { Email = DemoPeople.Maria.ToUpperInvariant(), FirstName = "Maria", LastName = "Again", ClinicId = 1 }, ResetPage, Ct);

        Assert.Equal(UseCaseOutcome.Conflict, result.Outcome);
        Assert.Contains("already has an account", result.Message, StringComparison.Ordinal);
        Assert.Equal((people, users), (await db.People.CountAsync(Ct), await db.Users.CountAsync(Ct)));
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "mail-pickup"))
            && Directory.GetFiles(Path.Combine(app.DataDirectory, "mail-pickup"), "*.eml").Length > 0);
    }

    [Fact]
    public async Task Invite_IntoAnotherManagersClinic_IsRefused()
    {
        await using var app = new AppFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var rachel = await ScopeOfAsync(scope, DemoPeople.Rachel);

        var result = await scope.ServiceProvider.GetRequiredService<StaffInvitations>().InviteAsync(rachel,
            new InviteRequest { Email = "someone@example.org", FirstName = "Some", LastName = "One", ClinicId = 2 }, ResetPage, Ct);

        Assert.Equal((UseCaseOutcome.Invalid, StaffInvitations.ChooseYourClinic), (result.Outcome, result.Message));
        await using var db = await Db(scope);
        Assert.False(await db.People.AnyAsync(p => p.Email == "someone@example.org", Ct));
    }

    [Fact]
    public async Task Deactivate_StopsSignIn_AndKeepsTheRecord_ReactivateRestoresIt()
    {
        await using var app = new AppFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var rachel = await ScopeOfAsync(scope, DemoPeople.Rachel);
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var james = (await directory.ListAsync(rachel, Ct)).Value!.Single(m => m.Name == "James Carter");

        Assert.True((await directory.SetActiveAsync(rachel, james.Id, active: false, Ct)).IsDone);

        var refused = await SignIn.PostLoginAsync(app.Anonymous(), DemoPeople.James, DemoPeople.Password);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Invalid login attempt", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var db = await Db(scope);
        Assert.True(await db.Credentials.AnyAsync(c => c.PersonId == james.Id, Ct));

        Assert.True((await directory.SetActiveAsync(rachel, james.Id, active: true, Ct)).IsDone);
        using var _ = await app.SignedInAsync(DemoPeople.James);
    }

    [Fact]
    public async Task Deactivate_SomeoneOutsideYourClinics_IsNotFound_AndChangesNothing()
    {
        await using var app = new AppFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var rachel = await ScopeOfAsync(scope, DemoPeople.Rachel);
        await using var db = await Db(scope);
        var tom = await db.People.SingleAsync(p => p.Email == DemoPeople.Tom, Ct);

        var result = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetActiveAsync(rachel, tom.Id, active: false, Ct);

        Assert.Equal((UseCaseOutcome.NotFound, StaffDirectory.NotFound), (result.Outcome, result.Message));
        Assert.True(await db.People.Where(p => p.Id == tom.Id).Select(p => p.IsActive).SingleAsync(Ct));
    }

    private static async Task<CmaRenewalDbContext> Db(AsyncServiceScope scope) =>
        await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);

    // The page runs in a signed-in circuit; here a signed-in request stands in for it, so audits name the manager.
    // Not async: the accessor's value lives in an AsyncLocal, which must be set in the test's own flow.
    private static Task<AccessScope> ScopeOfAsync(AsyncServiceScope scope, string email)
    {
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, email)], "test")),
        };
        return AccessOfAsync(scope, email);
    }

    private static Task<AccessScope> AccessOfAsync(AsyncServiceScope scope, string email) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().ActorAsync(email, Ct);
}
