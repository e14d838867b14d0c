using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace CmaRenewal.Web.Localization;

/// <summary>
/// Picks the culture a request (and the circuit it opens) reads in: the signed-in person's chosen language, else the
/// language cookie the switcher sets, else the first supported language in the browser's Accept-Language, else
/// English. Any regional variant maps to the app's culture for that language ("es-MX" reads in es-US).
/// </summary>
public sealed class LanguageCultureProvider : RequestCultureProvider
{
    public const string CookieName = "cma-language";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var language = Languages.Find(httpContext.User.FindFirst(AppClaims.Language)?.Value)
            ?? Languages.Find(httpContext.Request.Cookies[CookieName])
            ?? FromAcceptLanguage(httpContext.Request);
        var culture = AppCulture.For(language).Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }

    private static string? FromAcceptLanguage(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var values)) return null;
        return values
            .Where(v => v.Quality is not 0)
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => Languages.Find(v.Value.Value))
            .FirstOrDefault(language => language is not null);
    }
}
