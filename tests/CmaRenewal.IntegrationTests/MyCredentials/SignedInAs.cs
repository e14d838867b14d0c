using System.Globalization;
using System.Security.Claims;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>The authentication state a circuit would have for a signed-in person, for services tested outside one.</summary>
internal sealed class SignedInAs(long personId) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(AppClaims.PersonId, personId.ToString(CultureInfo.InvariantCulture))], "test"))));
}
