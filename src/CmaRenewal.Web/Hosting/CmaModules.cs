using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.KeyRing;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.Web.Api;
using CmaRenewal.Web.Features.Admin;
using CmaRenewal.Web.Features.AuditPacks;
using CmaRenewal.Web.Features.Calendar;
using CmaRenewal.Web.Features.Imports;
using CmaRenewal.Web.Features.MyCredentials;
using CmaRenewal.Web.Features.Policies;
using CmaRenewal.Web.Features.Requirements;
using CmaRenewal.Web.Features.Staff;
using CmaRenewal.Web.Hosting.Diagnostics;
using CmaRenewal.Web.Jobs;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// The list of modules the app is made of: each registers its services (AddX) and maps its doors (UseX/MapX). Order
/// matters in two places: persistence and identity before the features that use them, and the pipeline (security
/// headers, proxy, body limit, auth) before any endpoint.
/// </summary>
public static class CmaModules
{
    public static WebApplicationBuilder AddCmaModules(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddCmaPersistence();
        builder.AddCmaKeyRing();
        builder.AddCmaCompliance();
        builder.AddCmaReminders();
        builder.AddCmaIdentity();
        builder.AddCmaAuth();
        builder.AddCmaWeb();
        builder.AddReverseProxy();
        builder.AddAssistantFeatures();
        builder.AddStaffFeatures();
        builder.AddAuditPacks();
        builder.AddCmaAdmin();
        builder.AddPolicyFeatures();
        builder.AddRequirementFeatures();
        builder.AddCalendarFeeds();
        builder.AddCmaApi();
        builder.AddImportFeatures();
        builder.AddCmaJobs();
        builder.AddCmaHealth();
        builder.AddCmaTelemetry();
        builder.AddCmaDiagnostics();
        builder.KeepStdoutForAdminCommands(args);
        return builder;
    }

    public static WebApplication MapCmaModules(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCmaPipeline();
        app.MapCmaHealth();
        app.MapCmaDiagnostics();
        app.MapAssistantEndpoints();
        app.MapStaffFeatures();
        app.MapAuditPacks();
        app.MapCalendarFeeds();
        app.MapApiV1();
        app.MapImportFeatures();
        app.UseCmaJobs();
        return app;
    }
}
