using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.Application.Certificates;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Credentials;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Application.Profile;
using CmaRenewal.Web.Features.Certificates;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CmaRenewal.Web.Features.MyCredentials;

/// <summary>The assistant's pages: one person's credentials, CE log and history, profile, and certificate files.</summary>
public static class AssistantFeatures
{
    public static IHostApplicationBuilder AddAssistantFeatures(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ICertificateStore, FileCertificateStore>();
        builder.Services.AddScoped<CertificateIntake>();
        builder.Services.AddScoped<CertificateDownload>();
        builder.Services.AddScoped<PersonDetailQuery>();
        builder.Services.AddScoped<ActivityHandler>();
        builder.Services.AddScoped<CredentialHandler>();
        builder.Services.AddScoped<ProfileHandler>();
        builder.Services.AddScoped<EmailPreferencesHandler>();
        builder.Services.TryAddScoped<EmailPreferenceStore>();
        builder.Services.AddScoped<UpcomingRemindersQuery>();
        return builder;
    }

    public static WebApplication MapAssistantEndpoints(this WebApplication app)
    {
        app.MapCertificates();
        return app;
    }
}
