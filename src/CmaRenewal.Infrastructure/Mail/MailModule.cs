using CmaRenewal.Core.Notifications;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Mail;

public static class MailModule
{
    /// <summary>
    /// Mail: <see cref="SmtpOptions"/> (validated at start), the transport — SMTP when <c>Smtp:Host</c> is set,
    /// else the pickup folder — and <see cref="OutboxSender"/> as <see cref="IOutboxSending"/>. Safe to call twice.
    /// </summary>
    public static IHostApplicationBuilder AddCmaMail(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(SmtpMailTransport))) return builder;

        services.AddOptions<SmtpOptions>()
            .BindConfiguration(SmtpOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<PickupFolderMailTransport>();
        // Chosen when first asked for, from the bound options: hosts and test factories may set Smtp:Host late.
        services.TryAddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.UsesServer
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<PickupFolderMailTransport>());
        // Scoped like the context factory it uses (contexts audit under the scope's actor).
        services.TryAddScoped<OutboxSender>();
        services.TryAddScoped<IOutboxSending>(sp => sp.GetRequiredService<OutboxSender>());
        return builder;
    }
}
