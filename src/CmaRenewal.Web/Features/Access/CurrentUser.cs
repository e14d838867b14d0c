using CmaRenewal.Infrastructure.Access;
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
        scope = await scopes.ForUserAsync((await authentication.GetAuthenticationStateAsync()).User, ct);
        return scope;
    }

    /// <summary>Whether this user may see <paramref name="personId"/>; unknown people are simply not visible.</summary>
    public async Task<bool> CanSeePersonAsync(long personId, CancellationToken ct = default) =>
        await AccessToPersonAsync(personId, ct) != PersonAccess.None;

    /// <summary>
    /// Whether this user may see <paramref name="personId"/>, and change them too (<see cref="AccessScope.CanChange"/>);
    /// unknown people are simply not visible. Writes answer "not found" for <see cref="PersonAccess.None"/> and
    /// <see cref="AccessScope.CannotChange"/> for <see cref="PersonAccess.See"/>.
    /// </summary>
    public async Task<PersonAccess> AccessToPersonAsync(long personId, CancellationToken ct = default)
    {
        var access = await ScopeAsync(ct);
        if (await scopes.PersonAsync(personId, ct) is not { } person || !access.CanSeePerson(person.Id, person.ClinicId)) return PersonAccess.None;
        return access.CanChange(person) ? PersonAccess.Change : PersonAccess.See;
    }
}
