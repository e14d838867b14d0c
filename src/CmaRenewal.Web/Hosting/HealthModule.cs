using CmaRenewal.Infrastructure.Health;
using CmaRenewal.Web.Jobs;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (database, job storage and certificate folder,
/// and SMTP when configured, which only degrades). Both anonymous, both JSON, neither names a host, path or error.
/// </summary>
public static class HealthModule
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static IHostApplicationBuilder AddCmaHealth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<JobStorageHealthCheck>("jobs", tags: [Ready])
            .AddCheck<CertificateStorageHealthCheck>("certificates", tags: [Ready])
            .AddCheck<SmtpHealthCheck>("smtp", failureStatus: HealthStatus.Degraded, tags: [Ready]);
        return builder;
    }

    public static WebApplication MapCmaHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = HealthJson.WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
