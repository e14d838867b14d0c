using CmaRenewal.Web.Components;
using CmaRenewal.Web.Emails;
using CmaRenewal.Web.Emails.Links;
using MudBlazor.Services;

namespace CmaRenewal.Web.Hosting;

public static class WebModule
{
    public static IHostApplicationBuilder AddCmaWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.AddCmaEmails();
        return builder;
    }

    public static WebApplication UseCmaPipeline(this WebApplication app)
    {
        // HSTS and the https redirect are in ReverseProxyModule, after the forwarded scheme is known.
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapEmailLinks();
        return app;
    }
}
