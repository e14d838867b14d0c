using CmaRenewal.Application.Nudges;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.Exports;
using CmaRenewal.Application.People;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Web.Features.Exports;

namespace CmaRenewal.Web.Features.Staff;

public static class StaffFeatures
{
    /// <summary>The manager's staff compliance grid, its exports, and staff invitations and deactivation.</summary>
    public static IHostApplicationBuilder AddStaffFeatures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<OpenStaffGrid>();
        builder.Services.AddScoped<VisibleClinics>();
        builder.Services.AddScoped<StaffDirectory>();
        builder.Services.AddScoped<StaffInvitations>();
        builder.Services.AddScoped<NudgeHandler>();
        builder.Services.AddScoped<PersonActionsQuery>();
        builder.Services.AddScoped<ComplianceExportRows>();
        builder.Services.AddScoped<ComplianceExportFile>();
        return builder;
    }

    public static WebApplication MapStaffFeatures(this WebApplication app)
    {
        app.MapComplianceExports();
        return app;
    }
}
