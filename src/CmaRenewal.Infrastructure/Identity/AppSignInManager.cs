using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>Identity's sign-in, plus one rule: a deactivated person (or an account with no person) cannot sign in.</summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    IDbContextFactory<CmaRenewalDbContext> factory)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.PersonId is not { } personId) return false;
        await using var db = await factory.CreateDbContextAsync();
        var active = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => (bool?)p.IsActive).SingleOrDefaultAsync();
        return active == true && await base.CanSignInAsync(user);
    }
}
