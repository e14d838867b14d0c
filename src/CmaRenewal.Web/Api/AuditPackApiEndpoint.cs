using CmaRenewal.Web.Features.AuditPacks;

namespace CmaRenewal.Web.Api;

/// <summary>
/// <c>GET /api/v1/credentials/{id}/audit-pack?cycle=YYYY-MM-DD</c>: the same ZIP as the credential card's button
/// (transcript PDF, certificates, SHA-256 manifest), by the same handler and access rule.
/// </summary>
public static class AuditPackApiEndpoint
{
    public static RouteGroupBuilder MapAuditPack(this RouteGroupBuilder api)
    {
        api.MapGet("/credentials/{credentialId:long}/audit-pack", AuditPackEndpoint.DownloadAsync)
            .WithTags("Audit packs").WithName("GetAuditPack")
            .WithSummary("A credential cycle's audit pack: transcript PDF, certificate files and a SHA-256 manifest, as a ZIP.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
