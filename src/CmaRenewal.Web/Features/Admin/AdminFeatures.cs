using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Clinics;
using CmaRenewal.Application.CredentialTypes;
using CmaRenewal.Application.People;

namespace CmaRenewal.Web.Features.Admin;

public static class AdminFeatures
{
    /// <summary>The admin pages' services: clinics, people and accounts, rule pack overrides, custom credential types, the audit trail, the outbox.</summary>
    public static IHostApplicationBuilder AddCmaAdmin(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ClinicAdmin>();
        builder.Services.AddScoped<ClinicManagerLinks>();
        builder.Services.AddScoped<PeopleAdmin>();
        builder.Services.AddScoped<AccountActions>();
        builder.Services.AddScoped<RuleOverrideService>();
        builder.Services.AddScoped<CustomTypeService>();
        builder.Services.AddScoped<AuditQuery>();
        builder.Services.AddScoped<OutboxQuery>();
        builder.Services.AddScoped<OutboxResend>();
        return builder;
    }
}
