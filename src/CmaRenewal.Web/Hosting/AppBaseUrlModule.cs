using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting;

public static class AppBaseUrlModule
{
    public const string MissingInProduction = "App:BaseUrl is required in Production: set it to the public address people " +
        "reach this app at, such as https://renewals.example.org. Links in emails and calendar feeds are built from it, never from the request.";

    public const string NotAnAddress = "App:BaseUrl must be an absolute http or https address, such as https://renewals.example.org.";

    /// <summary>
    /// <c>App:BaseUrl</c>, checked at start: required in Production, where a guess would put links on the wrong host;
    /// elsewhere, when unset, the address the app listens on.
    /// </summary>
    public static IHostApplicationBuilder AddAppBaseUrl(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AppUrlOptions>()
            .BindConfiguration(AppUrlOptions.Section)
            .Validate<IHostEnvironment>((o, env) => !env.IsProduction() || !string.IsNullOrWhiteSpace(o.BaseUrl), MissingInProduction)
            .Validate(o => string.IsNullOrWhiteSpace(o.BaseUrl) || AppUrlOptions.IsValid(o.BaseUrl), NotAnAddress)
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new AppBaseUrl(
            sp.GetRequiredService<IOptions<AppUrlOptions>>(), sp.GetService<IServer>(), sp.GetRequiredService<IConfiguration>()["urls"]));
        return builder;
    }
}
