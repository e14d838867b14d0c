using CmaRenewal.Core.Auditing;
using Microsoft.AspNetCore.Components.Authorization;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// Who the audit trail names: the signed-in user of this request or circuit, or "system" for jobs and verbs.
/// A request has an HttpContext; a Blazor circuit has its authentication state instead.
/// </summary>
public sealed class SignedInActor(IHttpContextAccessor http, IServiceProvider services) : ICurrentActor
{
    /// <summary>How the trail names changes made through a signed link in an email (unsubscribe, snooze).</summary>
    public const string EmailLink = "email link";

    private static readonly object ActorKey = new();

    public string Name => NameFromRequest() ?? NameFromCircuit() ?? "system";

    /// <summary>
    /// Marks this request as acting through an email link: the token, not whoever may be signed in on this browser,
    /// decided whose preferences change, so the trail says so rather than naming a user or "system".
    /// </summary>
    public static void ActThroughEmailLink(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ActorKey] = EmailLink;
    }

    private string? NameFromRequest() => http.HttpContext is not { } context ? null
        : context.Items[ActorKey] as string ?? (context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null);

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
