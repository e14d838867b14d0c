using System.Globalization;
using CmaRenewal.Application.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CmaRenewal.Web.Api;

/// <summary>
/// <c>GET /api/v1/compliance/export?asOf=&amp;clinic=&amp;format=csv|xlsx</c>: the <c>export-compliance</c> admin verb's
/// rows and columns. Admins get every clinic, managers the clinics they manage; <c>clinic</c> (an id or a name)
/// narrows it to one, and one they may not see is "not found". <c>asOf</c> defaults to today (UTC), as the verb does.
/// </summary>
public static class ComplianceExportEndpoint
{
    public static RouteGroupBuilder MapComplianceExport(this RouteGroupBuilder api)
    {
        api.MapGet("/compliance/export", ExportAsync).RequireAuthorization(ApiModule.ManagerPolicy).WithTags("Compliance")
            .WithName("ExportCompliance").Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: ExportDocument.XlsxContentType);
        return api;
    }

    private static async Task<Results<FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(DateOnly? asOf, string? clinic,
        string? format, ApiCaller user, ComplianceExportRows exports, TimeProvider time, CancellationToken ct)
    {
        format ??= "csv";
        if (format is not ("csv" or "xlsx")) return ApiProblems.Invalid("format", ApiProblems.Say("ChooseFormat"));
        var scope = await user.ScopeAsync(ct);
        long? clinicId = null;
        if (!string.IsNullOrWhiteSpace(clinic))
        {
            clinicId = long.TryParse(clinic, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : await exports.FindClinicAsync(clinic.Trim(), ct);
            if (clinicId is null) return ApiProblems.NotFound(ApiProblems.Say("NoClinic", clinic));
        }
        if (!ComplianceExportRows.TryClinicsFor(scope, clinicId, out var clinics)) return ApiProblems.NotFound(ApiProblems.Say("NoClinic", clinic));

        var day = asOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rows = await exports.RowsAsync(clinics, day, ct);
        var file = await ExportDocument.WriteAsync(format, ComplianceExportColumns.Names, rows, "Compliance", $"compliance-{day:yyyy-MM-dd}.{format}", ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
