using CmaRenewal.Application.AuditPacks;

namespace CmaRenewal.Web.Features.AuditPacks;

/// <summary>Audit packs (transcript, certificates, manifest per credential cycle) and the audit drill pages.</summary>
public static class AuditPackFeatures
{
    public static IHostApplicationBuilder AddAuditPacks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<AuditPackBuilder>();
        return builder;
    }

    public static WebApplication MapAuditPacks(this WebApplication app)
    {
        app.MapAuditPackDownload();
        return app;
    }
}
