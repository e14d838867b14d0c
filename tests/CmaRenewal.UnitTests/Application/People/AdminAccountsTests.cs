using CmaRenewal.Application;
using CmaRenewal.Application.Imports;
using CmaRenewal.Application.People;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.UnitTests.Application.People;

/// <summary>
/// Creating an admin with a set-password link (the <c>create-admin</c> verb's use case): who may, which clinic and
/// zone they get, and refusals that write nothing.
/// </summary>
public sealed class AdminAccountsTests : PeopleServiceTests
{
    private static readonly Uri ResetPage = new("https://cma.example/Account/ResetPassword");

    [Theory]
    [InlineData("not-an-email", "Olga", "Mesa Urgent Care", null, UseCaseOutcome.Invalid, "Email")]
    [InlineData("olga@example.org", " ", "Mesa Urgent Care", null, UseCaseOutcome.Invalid, "FirstName")]
    [InlineData("olga@example.org", "Olga", " ", null, UseCaseOutcome.Invalid, "ClinicName")]
    [InlineData("olga@example.org", "Olga", "New Clinic", "Mars/Base", UseCaseOutcome.Invalid, "TimeZone")]
    [InlineData("olga@example.org", "Olga", "Mesa Urgent Care", "Mars/Base", UseCaseOutcome.Invalid, "TimeZone")]
    [InlineData("olga@example.org", "Olga", "New Clinic", "America/Denver", UseCaseOutcome.Done, null)]
    public async Task CreateAdmin_AsTheSystem(string email, string first, string clinic, string? zone, UseCaseOutcome outcome, string? messageOrField)
    {
        var before = await FingerprintAsync();

        var result = await CreateAsync(ImportAdmin, new CreateAdminRequest(email, first, "Owner", clinic, zone));

        await TypedResultAssert.MatchesAsync(result.IsDone ? UseCaseResult<long>.Done(1) : result.FailAs<long>(), outcome, messageOrField, before, FingerprintAsync);
    }

    [Fact]
    public async Task OnlyAdmins_CreateAdmins()
    {
        var before = await FingerprintAsync();

        var result = await CreateAsync(await World.ActorAsync(World.Mo, Ct), new CreateAdminRequest("olga@example.org", "Olga", "Owner", "New Clinic", null));

        await TypedResultAssert.MatchesAsync(result.FailAs<long>(), UseCaseOutcome.Forbidden, "Only admins can create admins.", before, FingerprintAsync);
    }

    [Fact]
    public async Task AnEmailInUse_IsAConflict_AndWritesNothing()
    {
        var before = await FingerprintAsync();

        var result = await CreateAsync(ImportAdmin, new CreateAdminRequest("ANA.LOPEZ@example.org", "Ana", "Again", "New Clinic", null));

        Assert.Equal((UseCaseOutcome.Conflict, "ana.lopez@example.org already belongs to someone; nothing was created."), (result.Outcome, result.Message));
        Assert.Equal(before, await FingerprintAsync());
    }

    [Theory]
    [InlineData("New Clinic", null, "America/New_York", null)]
    [InlineData("Mesa Urgent Care", null, "America/Phoenix", null)]
    [InlineData("Mesa Urgent Care", "America/Phoenix", "America/Phoenix", null)]
    [InlineData("Mesa Urgent Care", "America/Chicago", "America/Phoenix", "America/Chicago")]
    public async Task TheZone_IsANewClinics_OrTheAdminsOwnWhenTheClinicExists(string clinic, string? zone, string clinicZone, string? ownZone)
    {
        var result = await CreateAsync(ImportAdmin, new CreateAdminRequest("olga@example.org", "Olga", "Owner", clinic, zone));

        Assert.True(result.IsDone);
        Assert.StartsWith(ResetPage.AbsoluteUri + "?code=", result.Value, StringComparison.Ordinal);
        await using var db = World.Database.CreateContext();
        var admin = await db.People.SingleAsync(p => p.Email == "olga@example.org", Ct);
        var home = await db.Clinics.SingleAsync(c => c.Id == admin.ClinicId, Ct);
        Assert.Equal((clinic, clinicZone, ownZone, PersonRole.Admin), (home.Name, home.TimeZone, admin.TimeZone, admin.Role));
        Assert.Equal(clinic == "New Clinic" ? 3 : 2, await db.Clinics.CountAsync(Ct));
        var user = await Services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("olga@example.org");
        Assert.Equal(admin.Id, user!.PersonId);
    }

    private static AccessScope ImportAdmin => ImportHandler.System;

    private async Task<UseCaseResult<string>> CreateAsync(AccessScope actor, CreateAdminRequest request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<AdminAccounts>(scope.ServiceProvider).CreateAsync(actor, request, ResetPage, Ct);
    }

    protected override async Task<string> FingerprintAsync()
    {
        await using var db = World.Database.CreateContext();
        var clinics = await db.Clinics.OrderBy(c => c.Id).Select(c => c.Name).ToListAsync(Ct);
        var people = await db.People.OrderBy(p => p.Id).Select(p => p.Email).ToListAsync(Ct);
        var users = await db.Users.OrderBy(u => u.PersonId).Select(u => u.Email).ToListAsync(Ct);
        return string.Join("|", clinics.Concat(people).Concat(users));
    }
}
