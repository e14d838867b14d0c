using CmaRenewal.Application.Certificates;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Web.Features.Certificates;

/// <summary>
/// <c>GET /certificates/{activityId}</c>: the file behind a CE activity (<see cref="CertificateDownload"/>), 404 for
/// everyone who may not see its holder. A type not served inline is an attachment, and <c>nosniff</c> stops the
/// browser guessing.
/// </summary>
public static class CertificateEndpoint
{
    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder app)
    {
        app.MapGet("/certificates/{activityId:long}", ServeAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ServeAsync(long activityId, HttpContext http, AccessScopes scopes, CertificateDownload download, CancellationToken ct)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var opened = await download.OpenAsync(await scopes.ForUserAsync(http.User, ct), activityId, ct);
        if (opened.Value is not { } file) return Results.NotFound();
        return file.Inline ? Results.File(file.Content, file.ContentType) : Results.File(file.Content, "application/octet-stream", file.FileName);
    }
}
