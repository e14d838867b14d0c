using System.Security.Claims;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Web.Api;

/// <summary>
/// Who is calling the API, read from the request's own user (the token's principal), never from Blazor's sign-in
/// state: the actor the CE and credential endpoints hand to the use cases. Read once per request.
/// </summary>
public sealed class ApiCaller(IHttpContextAccessor http, AccessScopes scopes)
{
    private AccessScope? scope;

    public async Task<AccessScope> ScopeAsync(CancellationToken ct) =>
        scope ??= await scopes.ForUserAsync(http.HttpContext?.User ?? new ClaimsPrincipal(), ct);

    /// <summary>Whether the caller may see <paramref name="personId"/>; unknown people are simply not visible.</summary>
    public async Task<bool> CanSeePersonAsync(long personId, CancellationToken ct) =>
        await scopes.PersonAsync(personId, ct) is { } person && (await ScopeAsync(ct)).CanSeePerson(person.Id, person.ClinicId);
}
