using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.Web.Api;
using CmaRenewal.Web.Features.Admin;
using CmaRenewal.Web.Features.AuditPacks;
using CmaRenewal.Web.Features.Calendar;
using CmaRenewal.Web.Features.Imports;
using CmaRenewal.Web.Features.MyCredentials;
using CmaRenewal.Web.Features.Staff;
using CmaRenewal.Web.Hosting;
using CmaRenewal.Web.Jobs;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCmaPersistence();
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
    builder.AddCalendarFeeds();
    builder.AddCmaApi();
    builder.AddImportFeatures();
    builder.AddCmaJobs();
    builder.KeepStdoutForAdminCommands(args);

    var app = builder.Build();
    if (AdminCommand.Parse(args) is { } command)
        return await command.RunAsync(app.Services, Console.Out, app.Lifetime.ApplicationStopping);

    await app.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
    app.UseCmaPipeline();
    app.MapAssistantEndpoints();
    app.MapStaffFeatures();
    app.MapAuditPacks();
    app.MapCalendarFeeds();
    app.MapApiV1();
    app.MapImportFeatures();
    app.UseCmaJobs();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.IsExplained(ex))
{
    // A broken rule pack or setting, or a mistyped admin command: say which, without a stack trace.
    await Console.Error.WriteLineAsync(StartupFailure.IsCommandError(ex)
        ? $"CmaRenewal: {StartupFailure.Explain(ex)}"
        : $"CmaRenewal cannot start: {StartupFailure.Explain(ex)}");
    return StartupFailure.ExitCode(ex);
}
