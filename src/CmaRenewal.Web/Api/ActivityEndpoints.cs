using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Features.Access;
using CmaRenewal.Web.Features.MyCredentials;
using CmaRenewal.Web.Features.MyCredentials.History;
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
/// <see cref="ActivityCommands"/>): whoever may see a person reads and logs their CE; only the person corrects or
/// deletes an entry, and not once verified; managers of the person's clinic and admins verify or reject (never their own).
/// </summary>
public static class ActivityEndpoints
{
    private const string OwnerOnly = "Only the person corrects or deletes their own CE; a manager verifies or rejects it instead.";

    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("CE activities");
        group.MapGet("/people/{personId:long}/activities", ListAsync).WithName("ListActivities");
        group.MapPost("/people/{personId:long}/activities", CreateAsync).WithName("LogActivity");
        group.MapGet("/activities/{activityId:long}", GetAsync).WithName("GetActivity");
        group.MapPut("/activities/{activityId:long}", UpdateAsync).WithName("CorrectActivity");
        group.MapDelete("/activities/{activityId:long}", DeleteAsync).WithName("DeleteActivity");
        group.MapPost("/activities/{activityId:long}/verify", VerifyAsync).RequireAuthorization(ApiModule.ManagerPolicy).WithName("VerifyActivity");
        group.MapPost("/activities/{activityId:long}/reject", RejectAsync).RequireAuthorization(ApiModule.ManagerPolicy).WithName("RejectActivity");
        return api;
    }

    private static async Task<Results<Ok<PagedList<ActivityDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(long personId, HttpContext http,
        CurrentUser user, PersonCredentialsLoader loader, int? page, int? pageSize, CancellationToken ct)
    {
        if (ApiPaging.Problems(page, pageSize) is { Count: > 0 } errors) return ApiProblems.Invalid(errors);
        // Cut in SQL: a person may have tens of thousands of entries.
        var request = new HistoryRequest(page ?? 1, ApiPaging.Take(pageSize));
        if (!await user.CanSeePersonAsync(personId, ct) || await loader.LoadAsync(personId, request, ct) is not { } view) return ApiProblems.NotFound();
        return TypedResults.Ok(ApiPaging.Of(http, [.. view.History.Items.Select(a => ToDto(personId, a))], view.History.Total, page, pageSize));
    }

    private static async Task<Results<Ok<ActivityDto>, ProblemHttpResult>> GetAsync(long activityId, CurrentUser user,
        PersonCredentialsLoader loader, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct) =>
        await FindAsync(activityId, user, loader, factory, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound();

    private static async Task<Results<Created<ActivityDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(long personId, ActivityRequest request,
        CurrentUser user, ActivityCommands commands, PersonCredentialsLoader loader, PersonClock clock, RuleCatalog catalog,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (ApiProblems.ForChange(await user.AccessToPersonAsync(personId, ct)) is { } refused) return refused;
        var input = ToInput(request, null);
        var today = await clock.TodayForAsync(personId, ct);
        if (Validate(input, today, catalog) is { } invalid) return invalid;
        var (id, error) = await commands.SaveWithIdAsync(personId, input, today, ct);
        if (error is not null) return ApiProblems.FromCommand(error);
        return TypedResults.Created($"{ApiModule.Prefix}/activities/{id}", await FindAsync(id!.Value, user, loader, factory, ct));
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(long activityId, ActivityRequest request,
        CurrentUser user, ActivityCommands commands, PersonCredentialsLoader loader, PersonClock clock, RuleCatalog catalog,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (await OwnerAsync(activityId, user, factory, ct) is not { } owner) return ApiProblems.NotFound();
        if (!owner.IsCaller) return ApiProblems.Forbidden(OwnerOnly);
        if (request.Version is null) return ApiProblems.Invalid("version", "Send the version you read, so a change made meanwhile is not overwritten.");
        var input = ToInput(request, activityId);
        var today = await clock.TodayForAsync(owner.PersonId, ct);
        if (Validate(input, today, catalog) is { } invalid) return invalid;
        var (_, error) = await commands.SaveWithIdAsync(owner.PersonId, input, today, ct);
        if (error is not null) return ApiProblems.FromCommand(error);
        return TypedResults.Ok((await FindAsync(activityId, user, loader, factory, ct))!);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(long activityId, Guid? version,
        CurrentUser user, ActivityCommands commands, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (await OwnerAsync(activityId, user, factory, ct) is not { } owner) return ApiProblems.NotFound();
        if (!owner.IsCaller) return ApiProblems.Forbidden(OwnerOnly);
        if (version is not { } read) return ApiProblems.Invalid("version", "Send the version you read as ?version=, so a change made meanwhile is not lost.");
        var error = await commands.DeleteAsync(owner.PersonId, activityId, read, ct);
        return error is null ? TypedResults.NoContent() : ApiProblems.FromCommand(error);
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult>> VerifyAsync(long activityId, VerifyRequest request,
        CurrentUser user, ActivityCommands commands, PersonCredentialsLoader loader, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (request.Version is not { } version) return ApiProblems.Invalid("version", "Send the version you read.");
        var error = await commands.VerifyAsync(activityId, version, ct);
        if (error is not null) return ApiProblems.FromCommand(error);
        return TypedResults.Ok((await FindAsync(activityId, user, loader, factory, ct))!);
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult>> RejectAsync(long activityId, RejectRequest request,
        CurrentUser user, ActivityCommands commands, PersonCredentialsLoader loader, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (request.Version is not { } version) return ApiProblems.Invalid("version", "Send the version you read.");
        if (string.IsNullOrWhiteSpace(request.Comment)) return ApiProblems.Invalid("comment", "Say why it is rejected: the assistant sees this comment.");
        var error = await commands.RejectAsync(activityId, version, request.Comment, ct);
        if (error is not null) return ApiProblems.FromCommand(error);
        return TypedResults.Ok((await FindAsync(activityId, user, loader, factory, ct))!);
    }

    private static ValidationProblem? Validate(CeActivityInput input, DateOnly today, RuleCatalog catalog)
    {
        var errors = CeActivityRules.Validate(input, today, CeActivityRules.KnownCategories(catalog));
        if (errors.Remove("Split", out var split)) errors["Splits"] = split;
        return errors.Count > 0 ? ApiProblems.Invalid(errors) : null;
    }

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

    private sealed record Owner(long PersonId, bool IsCaller);

    /// <summary>The entry's holder when the caller may see them (null: 404), and whether the caller is that person.</summary>
    private static async Task<Owner?> OwnerAsync(long activityId, CurrentUser user, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var personId = await db.CeActivities.AsNoTracking().Where(a => a.Id == activityId).Select(a => (long?)a.PersonId).SingleOrDefaultAsync(ct);
        if (personId is not { } id || !await user.CanSeePersonAsync(id, ct)) return null;
        return new Owner(id, (await user.ScopeAsync(ct)).PersonId == id);
    }

    private static async Task<ActivityDto?> FindAsync(long activityId, CurrentUser user, PersonCredentialsLoader loader,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (await OwnerAsync(activityId, user, factory, ct) is not { } owner) return null;
        var view = await loader.LoadAsync(owner.PersonId, HistoryRequest.For(activityId), ct);
        return view?.History.Items.FirstOrDefault(a => a.Id == activityId) is { } activity ? ToDto(owner.PersonId, activity) : null;
    }

    private static ActivityDto ToDto(long personId, ActivityView a) =>
        new(a.Id, personId, a.CompletedOn, a.Title, a.Provider, a.ApprovalNumber, a.Amount, a.Unit, a.Category,
            a.Splits.ToDictionary(s => s.Category, s => s.AmountHundredths / 100m), a.ApprovedProvider, a.Verification, a.Comment,
            a.CertificateName is not null, a.CredentialIds, a.Counting, a.Version);
}
