using CmaRenewal.Core.Notifications;
using CmaRenewal.Infrastructure.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary><c>Smtp</c> settings are checked at start with messages that name the setting; the host picks the transport.</summary>
public sealed class SmtpOptionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Smtp:Port", "0", "Smtp:Port must be between 1 and 65535, not 0.")]
    [InlineData("Smtp:Port", "70000", "Smtp:Port must be between 1 and 65535, not 70000.")]
    [InlineData("Smtp:Security", "Tls13", "Smtp:Security must be None, StartTls, SslOnConnect or Auto, not 'Tls13'.")]
    [InlineData("Smtp:From", "no address here", "Smtp:From 'no address here' is not an email address.")]
    [InlineData("Smtp:User", "mailer", "Smtp:User and Smtp:Password must be set together")]
    [InlineData("Smtp:Password", "secret", "Smtp:User and Smtp:Password must be set together")]
    public async Task BadSetting_StopsTheStart_NamingIt(string key, string value, string message)
    {
        using var host = Host(("Smtp:Host", "mail.example.org"), (key, value));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(error.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Defaults_AreValid_AndUseThePickupFolder()
    {
        using var host = Host();
        await host.StartAsync(Ct);

        var options = host.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal((25, SmtpSecurity.Auto, "CmaRenewal <no-reply@cmarenewal.local>"), (options.Port, options.ResolveSecurity(), options.From));
        Assert.IsType<PickupFolderMailTransport>(host.Services.GetRequiredService<IMailTransport>());
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task Host_SelectsSmtp_WithItsSettings()
    {
        using var host = Host(("Smtp:Host", "mail.example.org"), ("Smtp:Port", "587"), ("Smtp:Security", "starttls"),
            ("Smtp:User", "mailer"), ("Smtp:Password", "secret"), ("Smtp:From", "Clinic <reminders@clinic.example.org>"));
        await host.StartAsync(Ct);

        var options = host.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal((587, SmtpSecurity.StartTls, "mailer"), (options.Port, options.ResolveSecurity(), options.User));
        Assert.IsType<SmtpMailTransport>(host.Services.GetRequiredService<IMailTransport>());
        await host.StopAsync(Ct);
    }

    private static IHost Host(params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddCmaMail();
        return builder.Build();
    }
}
