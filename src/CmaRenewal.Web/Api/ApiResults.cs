using CmaRenewal.Application;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CmaRenewal.Web.Api;

/// <summary>
/// The one mapping from a use case's typed result to an HTTP answer: done → the endpoint's success, not found → 404,
/// forbidden → 403, invalid → 400 with each field's problem, conflict → 409. The status never depends on message text.
/// </summary>
public static class ApiResults
{
    /// <summary>
    /// The failure of <paramref name="result"/> as a problem document; null when it is done. <paramref name="field"/>
    /// renames a use case's field to what the API's body calls it (before camel-casing).
    /// </summary>
    public static ProblemHttpResult? Failure<T>(UseCaseResult<T> result, Func<string, string>? field = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            UseCaseOutcome.Done => null,
            UseCaseOutcome.NotFound => ApiProblems.NotFound(result.Message!),
            UseCaseOutcome.Forbidden => ApiProblems.Forbidden(result.Message!),
            UseCaseOutcome.Conflict => ApiProblems.Conflict(result.Message!),
            UseCaseOutcome.Invalid => Invalid(result, field ?? (f => f)),
            _ => throw new InvalidOperationException($"No HTTP answer for {result.Outcome}."),
        };
    }

    // The same body as TypedResults.ValidationProblem, as a ProblemHttpResult so every failure is one type for the
    // endpoints' Results<...> (and so for the OpenAPI document).
    private static ProblemHttpResult Invalid<T>(UseCaseResult<T> result, Func<string, string> field) =>
        TypedResults.Problem(new HttpValidationProblemDetails(result.Errors.ToDictionary(e => Camel(field(e.Key)), e => new[] { e.Value }))
        {
            Status = StatusCodes.Status400BadRequest, Title = ApiProblems.InvalidTitle, Detail = result.Message,
        });

    // JSON bodies use camelCase, so the field names in a problem match what the client sent.
    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
