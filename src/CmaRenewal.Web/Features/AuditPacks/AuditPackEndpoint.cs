using System.Globalization;
using CmaRenewal.Application.AuditPacks;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Web.Features.AuditPacks;

/// <summary>
/// <c>GET /credentials/{id}/audit-pack?cycle=YYYY-MM-DD</c> (no cycle: the current one): the pack as a ZIP download for
/// the holder, managers of their clinic and admins; 404 for everyone else and for a cycle that does not exist.
/// The API maps the same handler at <c>/api/v1/credentials/{id}/audit-pack</c>, where the caller is a token's owner.
/// </summary>
public static class AuditPackEndpoint
{
    public static string Url(long credentialId, DateOnly? cycleStart) => cycleStart is { } start
        ? string.Create(CultureInfo.InvariantCulture, $"/credentials/{credentialId}/audit-pack?cycle={start:yyyy-MM-dd}")
        : string.Create(CultureInfo.InvariantCulture, $"/credentials/{credentialId}/audit-pack");

    public static IEndpointRouteBuilder MapAuditPackDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/credentials/{credentialId:long}/audit-pack", DownloadAsync).RequireAuthorization();
        return app;
    }

    public static async Task<IResult> DownloadAsync(long credentialId, string? cycle, HttpContext http, AccessScopes scopes,
        AuditPackBuilder builder, CancellationToken ct)
    {
        DateOnly? start = null;
        if (!string.IsNullOrEmpty(cycle))
        {
            if (!DateOnly.TryParseExact(cycle, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return Results.Problem("cycle must be a date written YYYY-MM-DD.", statusCode: StatusCodes.Status400BadRequest);
            start = parsed;
        }
        var access = await scopes.ForUserAsync(http.User, ct);
        var found = await builder.FindAsync(access, credentialId, start, ct);
        if (found is not { IsDone: true, Value: { } evidence })
            return Results.Problem(found.Message, statusCode: StatusCodes.Status404NotFound);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Stream(output => builder.WriteAsync(evidence, output, ct), "application/zip", AuditPackNames.Pack(evidence));
    }
}
