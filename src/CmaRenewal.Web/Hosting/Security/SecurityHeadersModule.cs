using CmaRenewal.Web.Api;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CmaRenewal.Web.Hosting.Security;

public static class SecurityHeadersModule
{
    /// <summary>Kestrel stops naming itself; the headers themselves are added by <see cref="UseCmaSecurityHeaders"/>.</summary>
    public static IHostApplicationBuilder AddCmaSecurityHeaders(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return builder;
    }

    /// <summary>
    /// First in the pipeline, and set as the response starts, so every answer has them: pages, API, files, the jobs
    /// dashboard, static files, and the error and not-found pages that replace a failed response's headers.
    /// </summary>
    public static WebApplication UseCmaSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        // Only the reference page itself: its scripts and styles are files, served as they are.
        app.UseWhen(c => c.Request.Path.Value?.TrimEnd('/').Equals(ApiModule.DocsPath, StringComparison.OrdinalIgnoreCase) == true,
            docs => docs.Use(InlineScriptHashes.HashInlineScriptsAsync));
        return app;
    }
}
