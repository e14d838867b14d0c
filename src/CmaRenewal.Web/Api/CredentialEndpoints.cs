using CmaRenewal.Application.Credentials;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Api;

/// <summary>
/// A credential with the engine's verdict on it as of its holder's today, and the audit drill's: <c>auditReady</c> and
/// <c>auditGaps</c> (as the compliance export writes it, e.g. <c>certificates:3;unverified:2</c>, empty when ready).
/// </summary>
public sealed record CredentialDto(
    long Id, long PersonId, string PackCode, string PackTitle, string? Number, DateOnly CertifiedOn, DateOnly? LastRenewedOn,
    DateOnly? ExpiresOnOverride, string? OverrideReason, Guid Version, ComplianceDto Compliance, bool AuditReady, string AuditGaps);

/// <summary>
/// A credential to add or correct. Dates are YYYY-MM-DD. To correct one, send the <c>version</c> you read: if someone
/// changed it since, nothing is saved and the answer is 409.
/// </summary>
public sealed record CredentialRequest(
    string? PackCode, string? Number, string? CertifiedOn, string? LastRenewedOn, string? ExpiresOnOverride, string? OverrideReason, Guid? Version);

/// <summary>A fee payment: the day paid, the day it covers up to, and the amount in dollars.</summary>
public sealed record FeePaymentRequest(string? PaidOn, string? PaidThrough, decimal? Amount);

/// <summary>
/// <c>/api/v1/people/{id}/credentials</c> and <c>/api/v1/credentials/{id}</c>: read, add and correct credentials and
/// record fee payments, for whoever may see the holder (the person, their clinic's managers, admins), exactly as the
/// person page allows. Saving goes through <see cref="CredentialHandler"/>.
/// </summary>
public static class CredentialEndpoints
{
    public static RouteGroupBuilder MapCredentials(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Credentials");
        group.MapHeldByPerson("credentials", "credentialId",
            list: (ListAsync, "ListCredentials"), add: (CreateAsync, "AddCredential"), get: (GetAsync, "GetCredential"), correct: (UpdateAsync, "CorrectCredential"));
        group.MapPost("/credentials/{credentialId:long}/fee-payments", RecordFeeAsync).WithName("RecordFeePayment");
        return api;
    }

    private static async Task<Results<Ok<PagedList<CredentialDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(long personId, HttpContext http,
        ApiCaller user, PersonDetailQuery detail, int? page, int? pageSize, CancellationToken ct)
    {
        if (ApiPaging.Problems(page, pageSize) is { Count: > 0 } errors) return ApiProblems.Invalid(errors);
        if ((await detail.OpenAsync(await user.ScopeAsync(ct), new(personId), ct)).Value is not { } view) return ApiProblems.NotFound();
        return TypedResults.Ok(ApiPaging.Of(http, [.. view.Credentials.Select(c => ToDto(personId, c))], page, pageSize));
    }

    private static async Task<Results<Ok<CredentialDto>, ProblemHttpResult>> GetAsync(long credentialId, ApiCaller user,
        PersonDetailQuery detail, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct) =>
        HeldResources.Found(await FindAsync(credentialId, user, detail, factory, ct));

    private static async Task<Results<Created<CredentialDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(long personId,
        CredentialRequest request, ApiCaller user, CredentialHandler handler,
        PersonDetailQuery detail, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        var result = await handler.SaveAsync(await user.ScopeAsync(ct), personId, ToInput(request, null), ct);
        return await HeldResources.AddedAsync(result, Field, "credentials", id => FindAsync(id, user, detail, factory, ct));
    }

    private static async Task<Results<Ok<CredentialDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(long credentialId,
        CredentialRequest request, ApiCaller user, CredentialHandler handler,
        PersonDetailQuery detail, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (await HolderAsync(credentialId, user, factory, ct) is not { } holder) return ApiProblems.NotFound();
        var result = await handler.SaveAsync(await user.ScopeAsync(ct), holder, ToInput(request, credentialId), ct);
        return await HeldResources.ChangedAsync(result, Field, id => FindAsync(id, user, detail, factory, ct));
    }

    private static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> RecordFeeAsync(long credentialId, FeePaymentRequest request,
        ApiCaller user, CredentialHandler handler, CancellationToken ct)
    {
        var input = new FeeInput { PaidOn = request.PaidOn, PaidThrough = request.PaidThrough, Amount = request.Amount };
        var result = await handler.RecordFeeAsync(await user.ScopeAsync(ct), credentialId, input, ct);
        return ApiResults.Failure(result) is { } failed ? failed : TypedResults.Created($"{ApiModule.Prefix}/credentials/{credentialId}");
    }

    // The form calls it ExpiresOn; the API's field is expiresOnOverride, and a problem names what the client sent.
    private static string Field(string name) => name == nameof(CredentialInput.ExpiresOn) ? nameof(CredentialRequest.ExpiresOnOverride) : name;

    private static CredentialInput ToInput(CredentialRequest r, long? credentialId) => new()
    {
        CredentialId = credentialId, Version = r.Version, PackCode = r.PackCode?.Trim(), Number = r.Number, CertifiedOn = r.CertifiedOn,
        LastRenewedOn = r.LastRenewedOn, OverrideExpiry = !string.IsNullOrWhiteSpace(r.ExpiresOnOverride), ExpiresOn = r.ExpiresOnOverride,
        OverrideReason = r.OverrideReason,
    };

    /// <summary>The credential's holder when the caller may see them; null (404) otherwise.</summary>
    private static Task<long?> HolderAsync(long credentialId, ApiCaller user, IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct) =>
        user.VisibleHolderAsync(factory, db => db.Credentials.AsNoTracking().Where(c => c.Id == credentialId).Select(c => c.PersonId), ct);

    private static async Task<CredentialDto?> FindAsync(long credentialId, ApiCaller user, PersonDetailQuery detail,
        IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        if (await HolderAsync(credentialId, user, factory, ct) is not { } holder) return null;
        var view = (await detail.OpenAsync(await user.ScopeAsync(ct), new(holder), ct)).Value;
        return view?.Credentials.FirstOrDefault(c => c.Id == credentialId) is { } credential ? ToDto(holder, credential) : null;
    }

    private static CredentialDto ToDto(long personId, CredentialView c) =>
        new(c.Id, personId, c.PackCode, c.PackTitle, c.Number, c.CertifiedOn, c.LastRenewedOn, c.ExpiresOnOverride, c.OverrideReason, c.Version,
            ComplianceDto.From(c.Result), c.Readiness.IsReady, c.Readiness.Gaps);
}
