using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting;

public static class ReverseProxyModule
{
    /// <summary>
    /// Behind a TLS-terminating proxy (nginx, App Service): believe <c>X-Forwarded-For</c>/<c>-Proto</c> from known
    /// proxies only, so the request reads as https and cookies come back <c>Secure</c>.
    /// </summary>
    public static IHostApplicationBuilder AddReverseProxy(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReverseProxyOptions>()
            .BindConfiguration(ReverseProxyOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReverseProxyOptions>, ReverseProxyValidation>();
        // The antiforgery cookie is never Secure by default; like the sign-in cookie, it is whenever the browser uses https.
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            // The defaults already trust loopback (127.0.0.0/8 and ::1); configured proxies come on top.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxy.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in proxy.Value.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }

    /// <summary>
    /// Early in the pipeline (after the security headers), so everything after sees the browser's scheme and address. Outside Development and
    /// Testing: HSTS on https requests, and plain http sent to <c>App:BaseUrl</c> when that is https.
    /// </summary>
    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing")) return app;
        app.UseHsts();
        if (app.Services.GetRequiredService<IOptions<AppUrlOptions>>().Value.BaseUrl is { } configured
            && new Uri(configured, UriKind.Absolute).Scheme == Uri.UriSchemeHttps)
        {
            var origin = app.Services.GetRequiredService<AppBaseUrl>().Origin;
            // Health probes come from inside (a load balancer, Docker's health check) over plain http: answer them.
            app.Use((context, next) => context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health")
                ? next(context)
                : RedirectToHttps(context, origin));
        }
        return app;
    }

    // To App:BaseUrl rather than UseHttpsRedirection's https://{request Host}: the redirect, too, never takes the Host.
    private static Task RedirectToHttps(HttpContext context, string origin)
    {
        var request = context.Request;
        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = origin + request.PathBase + request.Path + request.QueryString;
        return Task.CompletedTask;
    }

    private sealed class ReverseProxyValidation : IValidateOptions<ReverseProxyOptions>
    {
        public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
