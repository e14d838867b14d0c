using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Api;

/// <summary>A CE activity as typed in, with how much each linked credential counts (the engine's explanation).</summary>
public sealed record ActivityDto(
    long Id, long PersonId, DateOnly CompletedOn, string Title, string Provider, string? ApprovalNumber, decimal Amount, string Unit,
    string? Category, IReadOnlyDictionary<string, decimal> Splits, bool ApprovedProvider, VerificationStatus Verification,
    string? VerificationComment, bool HasCertificate, IReadOnlyList<long> CredentialIds, IReadOnlyList<ActivityCounting> Counting, Guid Version);

/// <summary>
/// A CE activity to log or correct: the date completed (YYYY-MM-DD), title, provider, the amount and unit printed on the
/// certificate, one category or <c>splits</c> (category → amount, adding up to the amount), and the credentials it
/// counts toward. To correct one, send the <c>version</c> you read (409 when it changed meanwhile).
/// </summary>
public sealed record ActivityRequest(
    string? CompletedOn, string? Title, string? Provider, string? ApprovalNumber, decimal? Amount, string? Unit, string? Category,
    IReadOnlyDictionary<string, decimal>? Splits, bool ApprovedProvider, IReadOnlyList<long>? CredentialIds, Guid? Version);

/// <summary>The version of the entry being verified, as read.</summary>
public sealed record VerifyRequest(Guid? Version);

/// <summary>The version of the entry being rejected, and why (the assistant sees it).</summary>
public sealed record RejectRequest(Guid? Version, string? Comment);

/// <summary>
/// <c>/api/v1/people/{id}/activities</c> and <c>/api/v1/activities/{id}</c>, with the person page's rules (through
/// <see cref="ActivityHandler"/>): whoever may see a person reads and logs their CE; only the person corrects or
/// deletes an entry, and not once verified; managers of the person's clinic and admins verify or reject (never their own).
/// </summary>
public static class ActivityEndpoints
{
    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("CE activities");
        group.MapHeldByPerson("activities", "activityId",
            list: (ListAsync, "ListActivities"), add: (CreateAsync, "LogActivity"), get: (GetAsync, "GetActivity"), correct: (UpdateAsync, "CorrectActivity"));
        group.MapDelete("/activities/{activityId:long}", DeleteAsync).WithName("DeleteActivity");
        group.MapPost("/activities/{activityId:long}/verify", VerifyAsync).RequireAuthorization(ApiModule.ManagerPolicy).WithName("VerifyActivity");
        group.MapPost("/activities/{activityId:long}/reject", RejectAsync).RequireAuthorization(ApiModule.ManagerPolicy).WithName("RejectActivity");
        return api;
    }

    private static async Task<Results<Ok<PagedList<ActivityDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(long personId, HttpContext http,
        ApiCaller user, PersonDetailQuery detail, int? page, int? pageSize, CancellationToken ct)
    {
        if (ApiPaging.Problems(page, pageSize) is { Count: > 0 } errors) return ApiProblems.Invalid(errors);
        // Cut in SQL: a person may have tens of thousands of entries.
        var request = new HistoryRequest(page ?? 1, ApiPaging.Take(pageSize));
        if ((await detail.OpenAsync(await user.ScopeAsync(ct), new(personId, request), ct)).Value is not { } view) return ApiProblems.NotFound();
        return TypedResults.Ok(ApiPaging.Of(http, [.. view.History.Items.Select(a => ToDto(personId, a))], view.History.Total, page, pageSize));
    }

    private static async Task<Results<Ok<ActivityDto>, ProblemHttpResult>> GetAsync(long activityId, ApiCaller user,
        PersonDetailQuery detail, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct) =>
        HeldResources.Found(await FindAsync(activityId, user, detail, factory, ct));

    private static async Task<Results<Created<ActivityDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(long personId, ActivityRequest request,
        ApiCaller user, ActivityHandler handler, PersonDetailQuery detail,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        var result = await handler.SaveAsync(await user.ScopeAsync(ct), personId, ToInput(request, null), ct);
        return await HeldResources.AddedAsync(result, Field, "activities", id => FindAsync(id, user, detail, factory, ct));
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(long activityId, ActivityRequest request,
        ApiCaller user, ActivityHandler handler, PersonDetailQuery detail,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (await OwnerAsync(activityId, user, factory, ct) is not { } owner) return ApiProblems.NotFound();
        var result = await handler.SaveAsync(await user.ScopeAsync(ct), owner, ToInput(request, activityId), ct);
        return await HeldResources.ChangedAsync(result, Field, id => FindAsync(id, user, detail, factory, ct));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(long activityId, Guid? version,
        ApiCaller user, ActivityHandler handler, CancellationToken ct)
    {
        var result = await handler.DeleteAsync(await user.ScopeAsync(ct), activityId, version, ct);
        return ApiResults.Failure(result) is { } failed ? failed : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult>> VerifyAsync(long activityId, VerifyRequest request,
        ApiCaller user, ActivityHandler handler, PersonDetailQuery detail,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (request.Version is not { } version) return ApiProblems.Invalid("version", ApiProblems.Say("SendVersion"));
        var result = await handler.VerifyAsync(await user.ScopeAsync(ct), activityId, version, ct);
        return await HeldResources.ChangedAsync(result, null, id => FindAsync(id, user, detail, factory, ct));
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult>> RejectAsync(long activityId, RejectRequest request,
        ApiCaller user, ActivityHandler handler, PersonDetailQuery detail,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (request.Version is not { } version) return ApiProblems.Invalid("version", ApiProblems.Say("SendVersion"));
        var result = await handler.RejectAsync(await user.ScopeAsync(ct), activityId, version, request.Comment, ct);
        return await HeldResources.ChangedAsync(result, null, id => FindAsync(id, user, detail, factory, ct));
    }

    // The form's split field is "Split"; the API's body calls it "splits".
    private static string Field(string name) => name == "Split" ? "Splits" : name;

    private static CeActivityInput ToInput(ActivityRequest r, long? activityId)
    {
        var input = new CeActivityInput
        {
            ActivityId = activityId, Version = r.Version, CompletedOn = r.CompletedOn, Title = r.Title, Provider = r.Provider,
            ApprovalNumber = r.ApprovalNumber, Amount = r.Amount, Unit = r.Unit ?? "", Category = r.Category,
            IsSplit = r.Splits is { Count: > 0 }, ApprovedProvider = r.ApprovedProvider,
        };
        foreach (var (category, amount) in r.Splits ?? new Dictionary<string, decimal>()) input.SplitAmounts[category] = amount;
        foreach (var id in r.CredentialIds ?? []) input.CredentialIds.Add(id);
        return input;
    }

    /// <summary>The entry's holder when the caller may see them; null (404) otherwise.</summary>
    private static Task<long?> OwnerAsync(long activityId, ApiCaller user, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct) =>
        user.VisibleHolderAsync(factory, db => db.CeActivities.AsNoTracking().Where(a => a.Id == activityId).Select(a => a.PersonId), ct);

    private static async Task<ActivityDto?> FindAsync(long activityId, ApiCaller user, PersonDetailQuery detail,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (await OwnerAsync(activityId, user, factory, ct) is not { } owner) return null;
        var view = (await detail.OpenAsync(await user.ScopeAsync(ct), new(owner, HistoryRequest.For(activityId)), ct)).Value;
        return view?.History.Items.FirstOrDefault(a => a.Id == activityId) is { } activity ? ToDto(owner, activity) : null;
    }

    private static ActivityDto ToDto(long personId, ActivityView a) =>
        new(a.Id, personId, a.CompletedOn, a.Title, a.Provider, a.ApprovalNumber, a.Amount, a.Unit, a.Category,
            a.Splits.ToDictionary(s => s.Category, s => s.AmountHundredths / 100m), a.ApprovedProvider, a.Verification, a.Comment,
            a.CertificateName is not null, a.CredentialIds, a.Counting, a.Version);
}
