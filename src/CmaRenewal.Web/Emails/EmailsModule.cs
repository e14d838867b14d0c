using CmaRenewal.Core.Reminders;
using CmaRenewal.Web.Emails.Links;
using CmaRenewal.Web.Features.MyCredentials;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CmaRenewal.Web.Emails;

public static class EmailsModule
{
    /// <summary>
    /// Reminder emails: the Razor renderer behind <see cref="IOutboxRenderer"/>, and the signed links in them.
    /// <c>App:BaseUrl</c> must be an absolute http(s) address; a bad one stops the app at start.
    /// </summary>
    public static IHostApplicationBuilder AddCmaEmails(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AppUrlOptions>()
            .BindConfiguration(AppUrlOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => AppUrlOptions.IsValid(o.BaseUrl), "App:BaseUrl must be an absolute http or https address, such as https://renewals.example.org.")
            .ValidateOnStart();
        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EmailLinkTokens>();
        services.AddSingleton<EmailLinks>();
        services.TryAddScoped<EmailPreferenceStore>();
        services.AddScoped<IOutboxRenderer, ReminderEmailRenderer>();
        return builder;
    }
}
