using CmaRenewal.Application.Administration;
using CmaRenewal.Application.People;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
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
        var ada = await scope.ServiceProvider.AdminAsync(Ct);
        var tom = (await people.ListAsync(ada, Ct)).Value!.Single(p => p.Email == DemoPeople.Tom);
        var stamp = await StampAsync(app, DemoPeople.Tom);

        var outcome = await people.ChangeRoleAsync(ada, tom.Id, tom.Role, PersonRole.Manager, Ct);

        Assert.True(outcome.IsDone, outcome.Message);
        Assert.Equal(PersonRole.Manager, (await people.ListAsync(ada, Ct)).Value!.Single(p => p.Id == tom.Id).Role);
        Assert.NotEqual(stamp, await StampAsync(app, DemoPeople.Tom));
    }

    [Fact]
    public async Task ChangeRole_FromAStaleRole_SavesNothing()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleAdmin>();
        var ada = await scope.ServiceProvider.AdminAsync(Ct);
        var tom = (await people.ListAsync(ada, Ct)).Value!.Single(p => p.Email == DemoPeople.Tom);

        var outcome = await people.ChangeRoleAsync(ada, tom.Id, PersonRole.Manager, PersonRole.Admin, Ct);

        Assert.Equal(AdminOnly.ChangedMeanwhile, outcome.Message);
        Assert.Equal(PersonRole.Assistant, (await people.ListAsync(ada, Ct)).Value!.Single(p => p.Id == tom.Id).Role);
    }

    [Fact]
    public async Task Unlock_LetsALockedOutPersonSignInAgain()
    {
        await using var app = new AppFactory();
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++) await SignIn.PostLoginAsync(client, DemoPeople.Tom, "wrong-password-1");
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleAdmin>();
        var ada = await scope.ServiceProvider.AdminAsync(Ct);
        var tom = (await people.ListAsync(ada, Ct)).Value!.Single(p => p.Email == DemoPeople.Tom);
        Assert.True(tom.LockedOut);

        var outcome = await people.UnlockAsync(ada, tom.Id, Ct);

        Assert.True(outcome.IsDone, outcome.Message);
        Assert.False((await people.ListAsync(ada, Ct)).Value!.Single(p => p.Id == tom.Id).LockedOut);
        using var signedIn = await app.SignedInAsync(DemoPeople.Tom);
    }

    private static async Task<string?> StampAsync(AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByEmailAsync(email))?.SecurityStamp;
    }
}
