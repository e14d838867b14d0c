using CmaRenewal.Application.Emails;
using CmaRenewal.Application.Notices;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Web.Emails.Links;
using CmaRenewal.Application.Profile;
using CmaRenewal.Web.Hosting;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        services.AddDataProtection();
        // Keys live with the data, so sign-in cookies and the links in emails already sent survive a restart or a new
        // container; servers sharing Storage:DataDirectory share the keys too.
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, ILoggerFactory>((keys, storage, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(storage.Value.DataDirectory, "keys")), logs));
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
