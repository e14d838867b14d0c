using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Web.Components.Account;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // These endpoints are required by the Identity Razor components defined in the /Components/Account/Pages directory of this project.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        // The token is checked here rather than by form binding: a binding failure surfaces as an exception that the
        // error page (itself a form endpoint) then trips over again, answering 500 instead of a plain 400.
        accountGroup.MapPost("/Logout", async (
            HttpContext context,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] SignInManager<AppUser> signInManager) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Problem(AccountText.SignOutExpired, statusCode: StatusCodes.Status400BadRequest);
            var returnUrl = context.Request.Form["ReturnUrl"].ToString();
            await signInManager.SignOutAsync();
            // Only ever back into this app: an outside address in the form is ignored.
            return Results.LocalRedirect(Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? $"~/{returnUrl.TrimStart('/')}" : "~/");
        }).DisableAntiforgery();

        var manageGroup = accountGroup.MapGroup("/Manage").RequireAuthorization();

        var loggerFactory = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>();
        var downloadLogger = loggerFactory.CreateLogger("DownloadPersonalData");

        // As for sign-out, the token is checked here: no form field is bound, so the antiforgery middleware would not.
        manageGroup.MapPost("/DownloadPersonalData", async (
            HttpContext context,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] UserManager<AppUser> userManager) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Problem(AccountText.DownloadExpired, statusCode: StatusCodes.Status400BadRequest);
            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound(AccountText.UnableToLoadUser(userManager.GetUserId(context.User)));
            }

            var userId = await userManager.GetUserIdAsync(user);
            downloadLogger.LogInformation("User with ID '{UserId}' asked for their personal data.", userId);

            // Only include personal data for download
            var personalData = new Dictionary<string, string>();
            var personalDataProps = typeof(AppUser).GetProperties().Where(
                prop => Attribute.IsDefined(prop, typeof(PersonalDataAttribute)));
            foreach (var p in personalDataProps)
            {
                personalData.Add(p.Name, p.GetValue(user)?.ToString() ?? "null");
            }

            var logins = await userManager.GetLoginsAsync(user);
            foreach (var l in logins)
            {
                personalData.Add($"{l.LoginProvider} external login provider key", l.ProviderKey);
            }

            personalData.Add("Authenticator Key", (await userManager.GetAuthenticatorKeyAsync(user))!);
            var fileBytes = JsonSerializer.SerializeToUtf8Bytes(personalData);

            context.Response.Headers.TryAdd("Content-Disposition", "attachment; filename=PersonalData.json");
            return TypedResults.File(fileBytes, contentType: "application/json", fileDownloadName: "PersonalData.json");
        }).DisableAntiforgery();

        return accountGroup;
    }
}
