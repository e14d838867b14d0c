using CmaRenewal.Application.Emails;
using CmaRenewal.Application.Notices;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Web.Emails.Links;
using CmaRenewal.Application.Profile;
using CmaRenewal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CmaRenewal.Web.Emails;

public static class EmailsModule
{
    /// <summary>
    /// Reminder emails: the Razor renderer behind <see cref="IOutboxRenderer"/>, and the signed links in them.
    /// </summary>
    public static IHostApplicationBuilder AddCmaEmails(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddAppBaseUrl();
        // The links are signed with the data-protection key ring, kept in the database (KeyRingModule) so they outlive
        // a restart or a new container and every server reads them.
        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EmailLinkTokens>();
        services.AddSingleton<EmailLinks>();
        services.AddSingleton<IEmailLinks>(sp => sp.GetRequiredService<EmailLinks>());
        services.TryAddScoped<EmailPreferenceStore>();
        services.AddScoped<EmailLinkActions>();
        services.AddScoped<RazorEmailHtml>();
        services.AddScoped<IOutboxRenderer, ReminderEmailRenderer>();
        services.AddScoped<INoticeRenderer, NoticeEmailRenderer>();
        services.AddScoped<NoticeOutbox>();
        return builder;
    }
}
