using System.Security.Claims;
using System.Text.Encodings.Web;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Api;

/// <summary>
/// <c>Authorization: Bearer cma_…</c>: the secret's hash finds the token; a revoked or expired token, or one whose
/// owner may no longer sign in (deactivated person, unconfirmed account), is refused. The principal is the one the
/// cookie sign-in makes (same factory), so roles, policies, access scopes and the audit trail work unchanged.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<CmaRenewalDbContext> factory,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IUserClaimsPrincipalFactory<AppUser> principals,
    IProblemDetailsService problems,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>LastUsedAt is a hint for the owner, not a log: one write a minute per token is enough.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal) || secret.Length > 200)
            return AuthenticateResult.Fail("Not a CmaRenewal token.");

        var now = time.GetUtcNow().UtcDateTime;
        var hash = ApiToken.Hash(secret);
        await using var db = await factory.CreateDbContextAsync(Context.RequestAborted);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        if (token is null || !token.IsUsableAt(now)) return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || !await signIn.CanSignInAsync(user)) return AuthenticateResult.Fail("The token's owner cannot sign in.");

        if (token.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            // A set-based update: no tracking, no audit row, and two requests at once simply both write "now".
            await db.ApiTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var made = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(made.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteProblemAsync(ApiProblems.Auth("SignInRequired"));
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteProblemAsync(ApiProblems.Auth("RoleRefused"));
    }

    private async Task WriteProblemAsync((string Title, string Detail) problem) =>
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = Response.StatusCode, Title = problem.Title, Detail = problem.Detail },
        });
}
