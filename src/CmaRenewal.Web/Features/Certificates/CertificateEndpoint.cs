using System.Globalization;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Certificates;

/// <summary>
/// <c>GET /certificates/{activityId}</c>: the file behind a CE activity, for people who may see its holder (404 for
/// everyone else, so ids cannot be probed). Only the types we sniffed on upload are sent as themselves; anything else
/// is an attachment, and <c>nosniff</c> stops the browser guessing.
/// </summary>
public static class CertificateEndpoint
{
    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder app)
    {
        app.MapGet("/certificates/{activityId:long}", ServeAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ServeAsync(long activityId, HttpContext http, AccessScopes scopes,
        IDbContextFactory<CmaRenewalDbContext> factory, ICertificateStore store, CancellationToken ct)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (!long.TryParse(http.User.FindFirst(AppClaims.PersonId)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var viewerId))
            return Results.NotFound();
        var scope = await scopes.ForPersonAsync(viewerId, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.CeActivities.AsNoTracking().Where(a => a.Id == activityId)
            .Select(a => new { a.PersonId, a.Certificate, ClinicId = db.People.Where(p => p.Id == a.PersonId).Select(p => p.ClinicId).First() })
            .SingleOrDefaultAsync(ct);
        if (row?.Certificate is not { } file || !scope.CanSeePerson(row.PersonId, row.ClinicId)) return Results.NotFound();
        var content = store.OpenRead(file.StorageKey);
        if (content is null) return Results.NotFound();
        return CertificateSniffer.ServedInline.Contains(file.ContentType)
            ? Results.File(content, file.ContentType)
            : Results.File(content, "application/octet-stream", file.FileName);
    }
}
