using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Api;

/// <summary>
/// <c>/api/v1/people/{id}/compliance</c> and <c>/api/v1/clinics/{id}/compliance</c>: every credential's standing on
/// <c>asOf</c> (default: today in the caller's zone for a clinic, the person's for a person), from the same queries
/// as the staff grid, each with the audit drill's readiness on the same day, and a Missing row per unmet requirement. A
/// clinic is for its managers and admins; another clinic is "not found".
/// </summary>
public static class ComplianceEndpoints
{
    public static RouteGroupBuilder MapCompliance(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Compliance");
        group.MapGet("/people/{personId:long}/compliance", PersonAsync).WithName("PersonCompliance");
        group.MapGet("/clinics/{clinicId:long}/compliance", ClinicAsync).RequireAuthorization(ApiModule.ManagerPolicy).WithName("ClinicCompliance");
        return api;
    }

    private static async Task<Results<Ok<PagedList<CredentialComplianceDto>>, ValidationProblem, ProblemHttpResult>> PersonAsync(long personId,
        DateOnly? asOf, int? page, int? pageSize, HttpContext http, ApiCaller user, PersonClock clock, ComplianceQueries queries,
        PersonDetailQuery detail, CancellationToken ct)
    {
        if (ApiPaging.Problems(page, pageSize) is { Count: > 0 } errors) return ApiProblems.Invalid(errors);
        if (!await user.CanSeePersonAsync(personId, ct)) return ApiProblems.NotFound();
        var day = asOf ?? await clock.TodayForAsync(personId, ct);
        var scope = ComplianceScope.Person(personId);
        var evaluated = await queries.EvaluateAsync(scope, day, ct);
        return TypedResults.Ok(ApiPaging.Of(http, Sorted(evaluated, await detail.ReadinessAsync(evaluated, ct), await queries.MissingAsync(scope, ct)), page, pageSize));
    }

    private static async Task<Results<Ok<PagedList<CredentialComplianceDto>>, ValidationProblem, ProblemHttpResult>> ClinicAsync(long clinicId,
        DateOnly? asOf, int? page, int? pageSize, HttpContext http, ApiCaller user, PersonClock clock, ComplianceQueries queries,
        IDbContextFactory<CmaRenewalDbContext> factory, PersonDetailQuery detail, CancellationToken ct)
    {
        if (ApiPaging.Problems(page, pageSize) is { Count: > 0 } errors) return ApiProblems.Invalid(errors);
        var scope = await user.ScopeAsync(ct);
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (!scope.CanSeeClinic(clinicId) || !await db.Clinics.AnyAsync(c => c.Id == clinicId, ct)) return ApiProblems.NotFound();
        }
        var day = asOf ?? await clock.TodayForAsync(scope.PersonId, ct);
        var clinic = ComplianceScope.Clinic(clinicId);
        var evaluated = await queries.EvaluateAsync(clinic, day, ct);
        return TypedResults.Ok(ApiPaging.Of(http, Sorted(evaluated, await detail.ReadinessAsync(evaluated, ct), await queries.MissingAsync(clinic, ct)), page, pageSize));
    }

    // Missing rows (required credentials not on file) sort among the person's credentials by their code.
    private static List<CredentialComplianceDto> Sorted(IEnumerable<CredentialCompliance> rows, IReadOnlyDictionary<long, AuditReadiness> readiness,
        IEnumerable<MissingCredential> missing) =>
        [.. rows.Select(r => CredentialComplianceDto.From(r, readiness.GetValueOrDefault(r.CredentialId))).Concat(missing.Select(CredentialComplianceDto.From))
            .OrderBy(r => r.PersonName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.PackCode, StringComparer.Ordinal).ThenBy(r => r.CredentialId)];
}
