using System.Globalization;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace CmaRenewal.Web.Features.Access;

/// <summary>
/// The signed-in person of this circuit or request and what they may see. Read once per scope; a role change
/// takes effect on the next page load (and the cookie is revalidated every 30 minutes).
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, AccessScopes scopes)
{
    private AccessScope? scope;

    public async Task<AccessScope> ScopeAsync(CancellationToken ct = default)
    {
        if (scope is not null) return scope;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var claim = user.FindFirst(AppClaims.PersonId)?.Value;
        scope = long.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var personId)
            ? await scopes.ForPersonAsync(personId, ct)
            : AccessScope.Nobody;
        return scope;
    }

    /// <summary>Whether this user may see <paramref name="personId"/>; unknown people are simply not visible.</summary>
    public async Task<bool> CanSeePersonAsync(long personId, CancellationToken ct = default)
    {
        var access = await ScopeAsync(ct);
        if (personId == access.PersonId && access.PersonId != 0) return true;
        return await scopes.ClinicOfAsync(personId, ct) is { } clinicId && access.CanSeeClinic(clinicId);
    }
}
