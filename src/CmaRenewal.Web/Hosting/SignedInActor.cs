using CmaRenewal.Core.Auditing;
using Microsoft.AspNetCore.Components.Authorization;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// Who the audit trail names: the signed-in user of this request or circuit, or "system" for jobs and verbs.
/// A request has an HttpContext; a Blazor circuit has its authentication state instead.
/// </summary>
public sealed class SignedInActor(IHttpContextAccessor http, IServiceProvider services) : ICurrentActor
{
    public string Name => NameFromRequest() ?? NameFromCircuit() ?? "system";

    private string? NameFromRequest() => http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;

    private string? NameFromCircuit()
    {
        Task<AuthenticationState>? state;
        try
        {
            state = services.GetService<AuthenticationStateProvider>()?.GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            // Outside a circuit (a job, an admin verb) the server provider has no state to give: that is "system".
            return null;
        }
        return state is { IsCompletedSuccessfully: true } && state.Result.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? name
            : null;
    }
}
