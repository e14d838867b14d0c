using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Features.Admin;
using CmaRenewal.Web.Features.Admin.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Admin;

public sealed class PeopleAdminTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChangeRole_SavesTheRoleAndRenewsTheSecurityStamp()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleAdmin>();
        var tom = (await people.ListAsync(Ct)).Single(p => p.Email == DemoPeople.Tom);
        var stamp = await StampAsync(app, DemoPeople.Tom);

        var outcome = await people.ChangeRoleAsync(tom.Id, tom.Role, PersonRole.Manager, Ct);

        Assert.True(outcome.Ok, outcome.Error);
        Assert.Equal(PersonRole.Manager, (await people.ListAsync(Ct)).Single(p => p.Id == tom.Id).Role);
        Assert.NotEqual(stamp, await StampAsync(app, DemoPeople.Tom));
    }

    [Fact]
    public async Task ChangeRole_FromAStaleRole_SavesNothing()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleAdmin>();
        var tom = (await people.ListAsync(Ct)).Single(p => p.Email == DemoPeople.Tom);

        var outcome = await people.ChangeRoleAsync(tom.Id, PersonRole.Manager, PersonRole.Admin, Ct);

        Assert.Equal(AdminOutcome.ChangedMeanwhile, outcome.Error);
        Assert.Equal(PersonRole.Assistant, (await people.ListAsync(Ct)).Single(p => p.Id == tom.Id).Role);
    }

    [Fact]
    public async Task Unlock_LetsALockedOutPersonSignInAgain()
    {
        await using var app = new AppFactory();
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++) await SignIn.PostLoginAsync(client, DemoPeople.Tom, "wrong-password-1");
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleAdmin>();
        var tom = (await people.ListAsync(Ct)).Single(p => p.Email == DemoPeople.Tom);
        Assert.True(tom.LockedOut);

        var outcome = await people.UnlockAsync(tom.Id, Ct);

        Assert.True(outcome.Ok, outcome.Error);
        Assert.False((await people.ListAsync(Ct)).Single(p => p.Id == tom.Id).LockedOut);
        using var signedIn = await app.SignedInAsync(DemoPeople.Tom);
    }

    private static async Task<string?> StampAsync(AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByEmailAsync(email))?.SecurityStamp;
    }
}
