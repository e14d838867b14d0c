using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;

namespace CmaRenewal.Web.Features.Staff;

/// <summary>
/// <c>GET /staff/export.csv</c> and <c>/staff/export.xlsx</c>: the grid with the same filters and the same access
/// check as the page. A clinic the caller may not see is "not found", never an empty file.
/// </summary>
public static class StaffExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapStaffExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff").RequireAuthorization(AppClaims.ManagerPolicy);
        group.MapGet("/export.csv", (HttpContext http, StaffCompliance staff, AccessScopes scopes, PersonClock clock, CancellationToken ct) =>
            ExportAsync(http, staff, scopes, clock, "csv", ct));
        group.MapGet("/export.xlsx", (HttpContext http, StaffCompliance staff, AccessScopes scopes, PersonClock clock, CancellationToken ct) =>
            ExportAsync(http, staff, scopes, clock, "xlsx", ct));
        return app;
    }

    private static async Task<IResult> ExportAsync(
        HttpContext http, StaffCompliance staff, AccessScopes scopes, PersonClock clock, string format, CancellationToken ct)
    {
        var access = await scopes.ForUserAsync(http.User, ct);
        if (!StaffExportRequest.TryParse(http.Request.Query, out var request, out var error)) return Results.BadRequest(error);
        var asOf = request.AsOf ?? await clock.TodayForAsync(access.PersonId, ct);
        var rows = await staff.RowsAsync(access, request.Filter.ClinicId, asOf, ct);
        if (rows is null) return Results.NotFound();

        var page = StaffPaging.Page(rows, request.Filter, null, false, 0, int.MaxValue).Items;
        var name = $"staff-compliance-{asOf:yyyy-MM-dd}.{format}";
        var buffer = new MemoryStream();
        if (format == "csv") await StaffExports.WriteCsvAsync(buffer, page, ct);
        else await StaffExports.WriteXlsxAsync(buffer, page, ct);
        buffer.Position = 0;
        return Results.File(buffer, format == "csv" ? "text/csv; charset=utf-8" : Xlsx, name);
    }
}
