using CmaRenewal.Web.Components;
using CmaRenewal.Web.Emails;
using CmaRenewal.Web.Emails.Links;
using CmaRenewal.Web.Hosting.RateLimits;
using CmaRenewal.Web.Hosting.Security;
using CmaRenewal.Web.Localization;
using MudBlazor.Services;

namespace CmaRenewal.Web.Hosting;

public static class WebModule
{
    public static IHostApplicationBuilder AddCmaWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PrerenderHandoff>();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.AddCmaLocalization();
        builder.AddCmaEmails();
        builder.AddRequestBodyLimits();
        builder.AddCmaSecurityHeaders();
        builder.AddCmaRateLimits();
        return builder;
    }

    public static WebApplication UseCmaPipeline(this WebApplication app)
    {
        app.WarnWhenRunFromABuildOutput();
        // The headers middleware only registers a callback for when the answer starts, so it goes first and covers
        // every answer, the https redirect included; it reads nothing the forwarded headers change.
        app.UseCmaSecurityHeaders();
        // Forwarded headers, HSTS and the https redirect, so everything after sees the browser's scheme and address.
        app.UseReverseProxy();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseRequestBodyLimit();
        app.UseThemeHints();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Routing and authentication are placed here (not left implicit, ahead of everything) so the headers cover
        // their answers too and the rate limits run before any password or token is looked up.
        app.UseRouting();
        app.UseCmaRateLimits();
        app.UseAuthentication();
        // After authentication: the signed-in person's language comes from their sign-in cookie.
        app.UseRequestLocalization();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapEmailLinks();
        app.MapLanguageSwitch();
        return app;
    }
}
