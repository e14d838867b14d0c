using CmaRenewal.Application.Requirements;

namespace CmaRenewal.Web.Features.Requirements;

/// <summary>Credential requirements per role: /staff/requirements (admins edit, managers read).</summary>
public static class RequirementFeatures
{
    public static IHostApplicationBuilder AddRequirementFeatures(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<CredentialRequirements>();
        return builder;
    }
}
