using CmaRenewal.Application.Access;
using CmaRenewal.Infrastructure.Access;
using Microsoft.AspNetCore.Components.Authorization;

namespace CmaRenewal.Web.Features.Access;

/// <summary>
/// The Blazor adapter that builds the actor: the signed-in person of this circuit or request and what they may see.
/// Read once per scope; a role change takes effect on the next page load (and the cookie is revalidated every 30
/// minutes). Use cases take the <see cref="AccessScope"/> it answers, never this.
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
    /// <see cref="PersonAccessRule.Of"/> for this user. Writes answer "not found" for <see cref="PersonAccess.None"/> and
    /// <see cref="AccessScope.CannotChange"/> for <see cref="PersonAccess.See"/>.
    /// </summary>
    public async Task<PersonAccess> AccessToPersonAsync(long personId, CancellationToken ct = default) =>
        PersonAccessRule.Of(await ScopeAsync(ct), await scopes.PersonAsync(personId, ct));
}
