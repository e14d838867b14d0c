using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// The health report as JSON: overall status and each check's status and duration. Descriptions are the checks' own
/// fixed sentences; exception messages (which may name hosts, paths or users) are never written.
/// </summary>
internal static class HealthJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            totalMilliseconds = Math.Round(report.TotalDuration.TotalMilliseconds),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                milliseconds = Math.Round(e.Value.Duration.TotalMilliseconds),
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
