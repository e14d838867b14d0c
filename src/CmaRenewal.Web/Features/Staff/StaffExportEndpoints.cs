using CmaRenewal.Application.Exports;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Web.Features.Exports;

namespace CmaRenewal.Web.Features.Staff;

/// <summary>
/// <c>GET /staff/export.csv</c> and <c>/staff/export.xlsx</c>: the grid with the same filters and the same access
/// check as the page (<see cref="ExportStaffGrid"/>). A clinic the caller may not see is "not found", never an empty file.
/// </summary>
public static class StaffExportEndpoints
{
    public const string SheetName = "Staff compliance";

    public static IEndpointRouteBuilder MapStaffExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff").RequireAuthorization(AppClaims.ManagerPolicy);
        foreach (var format in new[] { "csv", "xlsx" })
            group.MapGet($"/export.{format}", (HttpContext http, ExportStaffGrid export, AccessScopes scopes, CancellationToken ct) =>
                ExportAsync(http, export, scopes, format, ct));
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, ExportStaffGrid export, AccessScopes scopes, string format, CancellationToken ct)
    {
        var access = await scopes.ForUserAsync(http.User, ct);
        if (!StaffExportRequest.TryParse(http.Request.Query, out var request, out var error)) return Results.BadRequest(error);
        var result = await export.HandleAsync(access, request, ct);
        if (!result.IsDone) return Results.NotFound();

        var (asOf, rows) = result.Value!;
        return await ExportFile.DownloadAsync(format, StaffExportColumns.Names, rows, SheetName, $"staff-compliance-{asOf:yyyy-MM-dd}.{format}", ct);
    }
}
