using CmaRenewal.Application.Exports;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;

namespace CmaRenewal.Web.Features.Exports;

/// <summary>
/// The staff page's export buttons: <c>GET /staff/compliance.csv|.xlsx</c> (one row per credential, the columns of
/// <see cref="ComplianceExportColumns"/>), <c>/staff/compliance-pivot.csv|.xlsx</c> (person × credential), and the
/// grid's own <c>/staff/export.csv|.xlsx</c>, which is the first with the grid's filters in its link. All take
/// <c>clinic</c> (an id; else every clinic the caller manages), <c>asOf</c> (else the caller's today) and the grid's
/// <c>status</c>, <c>pack</c> and <c>q</c>. A clinic the caller may not see is "not found", never an empty file.
/// </summary>
public static class ComplianceExportEndpoints
{
    public static IEndpointRouteBuilder MapComplianceExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff").RequireAuthorization(AppClaims.ManagerPolicy);
        foreach (var pivot in new[] { false, true })
            foreach (var format in new[] { "csv", "xlsx" })
                group.MapGet($"/{(pivot ? "compliance-pivot" : "compliance")}.{format}",
                    (HttpContext http, ComplianceExportFile exports, AccessScopes scopes, CancellationToken ct) =>
                        ExportAsync(http, exports, scopes, format, pivot, ct));
        foreach (var format in new[] { "csv", "xlsx" })
            group.MapGet($"/export.{format}", (HttpContext http, ComplianceExportFile exports, AccessScopes scopes, CancellationToken ct) =>
                ExportAsync(http, exports, scopes, format, pivot: false, ct));
        return app;
    }

    /// <summary>The button's link for the clinic and day the grid shows.</summary>
    public static string Url(string format, bool pivot, long? clinicId, DateOnly asOf) =>
        $"staff/{(pivot ? "compliance-pivot" : "compliance")}.{format}?asOf={asOf:yyyy-MM-dd}"
        + (clinicId is { } id ? FormattableString.Invariant($"&clinic={id}") : "");

    private static async Task<IResult> ExportAsync(HttpContext http, ComplianceExportFile exports, AccessScopes scopes,
        string format, bool pivot, CancellationToken ct)
    {
        var access = await scopes.ForUserAsync(http.User, ct);
        if (!StaffExportRequest.TryParse(http.Request.Query, out var request, out var error))
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        var written = await exports.HandleAsync(access, new ComplianceExportRequest(format, pivot, request.Filter, request.AsOf), ct);
        return written.Value is { } file ? Results.File(file.Content, file.ContentType, file.FileName) : Results.NotFound();
    }
}
