using CmaRenewal.Application.Reminders;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;
using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Jobs;

public static class JobsModule
{
    public const string DashboardPath = "/admin/jobs";

    /// <summary>Hangfire on the app's database switch, the in-process server (<c>Jobs:Enabled</c>) and the jobs' settings.</summary>
    public static IHostApplicationBuilder AddCmaJobs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // This host's own storage and activator. Hangfire's defaults are process-wide statics (JobStorage.Current),
        // so two hosts in one process (the tests) would otherwise run each other's jobs.
        services.AddSingleton<JobStorage>(sp => JobStorageFactory.Create(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        services.AddHostedService<HangfireServerHost>();
        // The jobs' work, also run by the reminders verb.
        services.AddScoped<RunReminders>();
        return builder;
    }

    /// <summary>Registers the recurring schedules (when enabled) and maps the dashboard for admins.</summary>
    public static WebApplication UseCmaJobs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        if (options.Enabled) RecurringJobs.Register(app.Services.GetRequiredService<IRecurringJobManager>(), options);

        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            DashboardTitle = "CmaRenewal jobs",
            AppPath = "/admin",
            Authorization = [],
            AsyncAuthorization = [new AdminPolicyDashboardFilter()],
            // Hangfire's advice: keep its antiforgery check on, so a forged post cannot trigger or delete jobs.
            IgnoreAntiforgeryToken = false,
        }).RequireAuthorization(AppClaims.AdminPolicy);
        return app;
    }
}
