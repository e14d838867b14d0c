using CmaRenewal.Web.Components.Layout;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// Asks the browser for its light/dark setting as a request header (a client hint), so a page rendered on the
/// server for someone who has not chosen a theme already matches their system: no white flash before the circuit
/// starts, and the static sign-in pages (which never get a circuit) follow the system too. Browsers without the hint
/// get the light theme until the page's script reads the setting.
/// </summary>
public static class ThemeHintsModule
{
    public static IApplicationBuilder UseThemeHints(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Headers["Sec-Fetch-Dest"] == "document")
        {
            var headers = context.Response.Headers;
            headers["Accept-CH"] = ThemeCookie.SystemHint;
            // Critical: Chromium repeats a first request that lacked the hint, with it, before showing anything.
            headers["Critical-CH"] = ThemeCookie.SystemHint;
            headers.Append("Vary", ThemeCookie.SystemHint);
        }
        return next(context);
    });
}
