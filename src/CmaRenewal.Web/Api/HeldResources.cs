using CmaRenewal.Application;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Api;

/// <summary>
/// The shape every resource a person holds (credentials, CE activities) shares: listed and added under
/// <c>/people/{personId}</c>, read and corrected under its own id; read only when the caller may see its holder, and
/// answered after a save by reading it again, exactly as a GET would.
/// </summary>
public static class HeldResources
{
    /// <summary>Maps list and add under the person, get and correct under <c>/{resource}/{<paramref name="id"/>}</c>.</summary>
    public static RouteGroupBuilder MapHeldByPerson(this RouteGroupBuilder group, string resource, string id,
        (Delegate Handler, string Name) list, (Delegate Handler, string Name) add, (Delegate Handler, string Name) get, (Delegate Handler, string Name) correct)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet($"/people/{{personId:long}}/{resource}", list.Handler).WithName(list.Name);
        group.MapPost($"/people/{{personId:long}}/{resource}", add.Handler).WithName(add.Name);
        group.MapGet($"/{resource}/{{{id}:long}}", get.Handler).WithName(get.Name);
        group.MapPut($"/{resource}/{{{id}:long}}", correct.Handler).WithName(correct.Name);
        return group;
    }

    /// <summary>The holder of the one row <paramref name="holder"/> selects, when the caller may see them; null (404) otherwise.</summary>
    public static async Task<long?> VisibleHolderAsync(this ApiCaller user, IDbContextFactory<CmaRenewalDbContext> factory,
        Func<CmaRenewalDbContext, IQueryable<long>> holder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(holder);
        await using var db = await factory.CreateDbContextAsync(ct);
        var personId = await holder(db).Select(p => (long?)p).SingleOrDefaultAsync(ct);
        return personId is { } id && await user.CanSeePersonAsync(id, ct) ? id : null;
    }

    public static Results<Ok<T>, ProblemHttpResult> Found<T>(T? found) where T : class =>
        found is null ? ApiProblems.NotFound() : TypedResults.Ok(found);

    /// <summary>Added: 201 with where it lives and the resource as read again; otherwise the use case's problem.</summary>
    public static async Task<Results<Created<T>, ValidationProblem, ProblemHttpResult>> AddedAsync<T>(UseCaseResult<long> result,
        Func<string, string>? field, string resource, Func<long, Task<T?>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (ApiResults.Failure(result, field) is { } failed) return failed;
        return TypedResults.Created($"{ApiModule.Prefix}/{resource}/{result.Value}", await read(result.Value));
    }

    /// <summary>Changed: 200 with the resource as read again; otherwise the use case's problem.</summary>
    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> ChangedAsync<T>(UseCaseResult<long> result,
        Func<string, string>? field, Func<long, Task<T?>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return ApiResults.Failure(result, field) is { } failed ? failed : TypedResults.Ok((await read(result.Value))!);
    }
}
