using System.Globalization;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.Profile;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using MudBlazor;

namespace CmaRenewal.Web.Localization;

/// <summary>
/// English and Spanish: resource files beside each component (IStringLocalizer), the culture of each request and
/// circuit (<see cref="LanguageCultureProvider"/>), and the switcher's endpoint.
/// </summary>
public static class LocalizationModule
{
    public const string SwitchPath = "/language";

    /// <summary>The switch's <c>set</c> value that forgets a chosen language: the browser's Accept-Language applies again.</summary>
    public const string BrowserLanguage = "auto";

    public static IHostApplicationBuilder AddCmaLocalization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddTransient<MudLocalizer, AppMudLocalizer>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new(AppCulture.English);
            options.SupportedCultures = [.. AppCulture.Supported];
            options.SupportedUICultures = [.. AppCulture.Supported];
            options.RequestCultureProviders = [new LanguageCultureProvider()];
        });
        return builder;
    }

    /// <summary>
    /// GET /language?set=es&amp;returnUrl=/me: remembers the choice in a cookie, stores it as the signed-in person's
    /// setting (and renews their sign-in cookie, which carries it), then goes back. A full page load follows, so the
    /// new circuit starts in the new culture. Only local return addresses are followed. <c>set=auto</c> forgets the
    /// choice (cookie and setting), so the browser's language applies again.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SwitchPath, async (HttpContext context, string? set, string? returnUrl) =>
        {
            var back = returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
                && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl : "/";
            var language = Languages.Find(set);
            var toBrowser = string.Equals(set, BrowserLanguage, StringComparison.OrdinalIgnoreCase);
            if (language is null && !toBrowser)
                return Results.BadRequest($"Unknown language '{set}'. Use one of: {string.Join(", ", Languages.Supported)}, {BrowserLanguage}.");

            if (language is null) context.Response.Cookies.Delete(LanguageCultureProvider.CookieName);
            else context.Response.Cookies.Append(LanguageCultureProvider.CookieName, language, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
            if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(AppClaims.PersonId) is not null)
                await SaveForPersonAsync(context, language);
            return Results.LocalRedirect(back);
        }).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    private static async Task SaveForPersonAsync(HttpContext context, string? language)
    {
        var services = context.RequestServices;
        var scope = await services.GetRequiredService<AccessScopes>().ForUserAsync(context.User, context.RequestAborted);
        var saved = await services.GetRequiredService<ProfileHandler>().SetLanguageAsync(scope, language, context.RequestAborted);
        if (!saved.IsDone) return;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.GetUserAsync(context.User) is { } user)
            await services.GetRequiredService<SignInManager<AppUser>>().RefreshSignInAsync(user);
    }

    /// <summary>The switch's address for <paramref name="set"/> (a language or <see cref="BrowserLanguage"/>), back to a local page.</summary>
    public static string SwitchHref(string set, string returnUrl) =>
        $"{SwitchPath}?set={Uri.EscapeDataString(set)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>The culture names the switcher offers, each named in its own language.</summary>
    public static IReadOnlyList<(string Language, string Name)> Choices { get; } =
        [(Languages.English, "English"), (Languages.Spanish, "Español")];

    internal static bool IsCurrent(string language) =>
        string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, language, StringComparison.Ordinal);
}
