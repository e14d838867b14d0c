using System.Globalization;
using System.Security.Claims;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>
/// Puts the person's role (Assistant, Manager, Admin) and id into the sign-in cookie: the role lives on the
/// person, so a manager who is made an admin needs no second place to change.
/// </summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, IOptions<IdentityOptions> options, IDbContextFactory<CmaRenewalDbContext> factory)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PersonId is not { } personId) return identity;

        await using var db = await factory.CreateDbContextAsync();
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Role, p.FirstName, p.LastName, p.Language }).SingleOrDefaultAsync();
        if (person is null) return identity;
        identity.AddClaim(new Claim(AppClaims.PersonId, personId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimTypes.Role, person.Role.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, person.FirstName));
        identity.AddClaim(new Claim(ClaimTypes.Surname, person.LastName));
        // The person's chosen language travels in the cookie, so no request reads the database to pick a culture.
        if (person.Language is not null) identity.AddClaim(new Claim(AppClaims.Language, person.Language));
        return identity;
    }
}
