using CmaRenewal.Application.Policies;

namespace CmaRenewal.Web.Features.Policies;

/// <summary>The organisation's policies (lead time): /admin/policies, and the read on /rules.</summary>
public static class PolicyFeatures
{
    public static IHostApplicationBuilder AddPolicyFeatures(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<LeadTimePolicies>();
        return builder;
    }
}
