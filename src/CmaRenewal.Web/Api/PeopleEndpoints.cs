using System.ComponentModel.DataAnnotations;
using CmaRenewal.Application;
using CmaRenewal.Application.People;
using CmaRenewal.Core.People;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CmaRenewal.Web.Api;

/// <summary>A person as the API shows them.</summary>
public sealed record PersonDto(long Id, string FirstName, string LastName, string Email, long ClinicId, string ClinicName, PersonRole Role, bool IsActive);

/// <summary>A new role, stating the one you read (409 when it changed meanwhile).</summary>
public sealed record PersonRoleRequest(PersonRole Expected, PersonRole Role);

/// <summary>A new home clinic, stating the one you read (409 when it changed meanwhile).</summary>
public sealed record PersonClinicRequest(long ExpectedClinicId, long ClinicId);

/// <summary>Deactivate (false) or reactivate (true) a person.</summary>
public sealed record PersonActiveRequest(bool Active);

/// <summary>
/// <c>/api/v1/people</c>: assistants see themselves, managers the people of their clinics, admins everyone. Managers
/// and admins invite people (the staff page's invitation: an account and an email to set a password) and deactivate
/// or reactivate them; admins change roles and home clinics (the admin people page's actions).
/// </summary>
public static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");
        people.MapGet("/", ListAsync).WithName("ListPeople").WithSummary("People you may see, by last name.");
        people.MapGet("/{personId:long}", GetAsync).WithName("GetPerson");
        people.MapPost("/", InviteAsync).RequireAuthorization(ApiModule.ManagerPolicy).WithName("InvitePerson")
            .WithSummary("Invite a person: creates them and their account and emails a link to set a password.");
        people.MapPut("/{personId:long}/active", SetActiveAsync).RequireAuthorization(ApiModule.ManagerPolicy).WithName("SetPersonActive")
            .WithSummary("Deactivate or reactivate a person (their history is kept).");
        people.MapPut("/{personId:long}/role", ChangeRoleAsync).RequireAuthorization(ApiModule.AdminPolicy).WithName("ChangePersonRole")
            .WithSummary("Admins: change a person's role (their sessions are renewed).");
        people.MapPut("/{personId:long}/clinic", MoveAsync).RequireAuthorization(ApiModule.AdminPolicy).WithName("MovePerson")
            .WithSummary("Admins: move a person to another home clinic.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<PersonDto>>, ValidationProblem>> ListAsync(HttpContext http, ApiCaller user,
        PeopleQuery people, int? page, int? pageSize, long? clinicId, CancellationToken ct)
    {
        if (ApiPaging.Problems(page, pageSize) is { Count: > 0 } errors) return ApiProblems.Invalid(errors);
        var (items, total) = await people.PageAsync(await user.ScopeAsync(ct), clinicId, ApiPaging.Skip(page, pageSize), ApiPaging.Take(pageSize), ct);
        return TypedResults.Ok(ApiPaging.Of(http, [.. items.Select(ToDto)], total, page, pageSize));
    }

    private static async Task<Results<Ok<PersonDto>, ProblemHttpResult>> GetAsync(long personId, ApiCaller user, PeopleQuery people, CancellationToken ct)
    {
        var found = await people.GetAsync(await user.ScopeAsync(ct), personId, ct);
        return ApiResults.Failure(found) is { } failed ? failed : TypedResults.Ok(ToDto(found.Value!));
    }

    private static async Task<Results<Created<PersonDto>, ValidationProblem, ProblemHttpResult>> InviteAsync(InviteRequest request,
        ApiCaller user, StaffInvitations invitations, PeopleQuery people, AppBaseUrl baseUrl, CancellationToken ct)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
            return ApiProblems.Invalid(results.SelectMany(r => r.MemberNames.Select(m => (Member: m, r.ErrorMessage)))
                .GroupBy(r => r.Member).ToDictionary(g => char.ToLowerInvariant(g.Key[0]) + g.Key[1..], g => g.Select(r => r.ErrorMessage ?? "Not valid.").ToArray()));
        var result = await invitations.InviteAsync(await user.ScopeAsync(ct), request, baseUrl.Link("Account/ResetPassword"), ct);
        if (ApiResults.Failure(result) is { } failed) return failed;
        // The inviter may see whom they invited: the person is in one of their clinics.
        var person = (await people.GetAsync(await user.ScopeAsync(ct), result.Value, ct)).Value!;
        return TypedResults.Created($"{ApiModule.Prefix}/people/{person.Id}", ToDto(person));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetActiveAsync(long personId, PersonActiveRequest request,
        ApiCaller user, StaffDirectory directory, CancellationToken ct) =>
        Answer(await directory.SetActiveAsync(await user.ScopeAsync(ct), personId, request.Active, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangeRoleAsync(long personId, PersonRoleRequest request,
        ApiCaller user, PeopleAdmin admin, CancellationToken ct) =>
        Answer(await admin.ChangeRoleAsync(await user.ScopeAsync(ct), personId, request.Expected, request.Role, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> MoveAsync(long personId, PersonClinicRequest request,
        ApiCaller user, PeopleAdmin admin, CancellationToken ct) =>
        Answer(await admin.MoveAsync(await user.ScopeAsync(ct), personId, request.ExpectedClinicId, request.ClinicId, ct));

    private static Results<NoContent, ProblemHttpResult> Answer(UseCaseResult<long> result) =>
        ApiResults.Failure(result) is { } failed ? failed : TypedResults.NoContent();

    private static PersonDto ToDto(PersonSummary p) => new(p.Id, p.FirstName, p.LastName, p.Email, p.ClinicId, p.ClinicName, p.Role, p.IsActive);
}
