using CmaRenewal.Application.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CmaRenewal.Web.Api;

/// <summary>
/// RFC 7807 answers shared by the endpoints. A use case's typed result goes through <see cref="ApiResults"/>, which
/// picks one of these by its outcome, never by its message. Titles and details are in the request's language
/// (Accept-Language for a token caller; ApiProblems.resx / .es.resx); field names and status values stay English.
/// </summary>
public static class ApiProblems
{
    private static readonly AppText Text = new(typeof(ApiProblems));

    public static string InvalidTitle => Text["InvalidTitle"];

    /// <summary>One of the API's own field messages (ApiProblems.resx holds the folder's texts), values filled in.</summary>
    public static string Say(string key, params object?[] values) => Text.Format(key, values);

    /// <summary>The detail of an answer the framework gave without a body (500 included), by status; null for others.</summary>
    public static string? StatusDetail(int status) => Text.Find($"Detail{status}");

    /// <summary>The title of such an answer; null leaves the framework's.</summary>
    public static string? StatusTitle(int status) => Text.Find($"Title{status}");

    /// <summary>A problem the token handler writes: its title and detail by name ("SignInRequired", "RoleRefused").</summary>
    public static (string Title, string Detail) Auth(string name) => (Text[name + "Title"], Text[name + "Detail"]);

    public static ProblemHttpResult NotFound(string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Text["NotFoundTitle"], detail: detail ?? Text["NotFoundDetail"]);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: Text["ConflictTitle"], detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: Text["ForbiddenTitle"], detail: detail);

    /// <summary>A validation problem from the app's own field checks (one message per field).</summary>
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => Camel(e.Key), e => new[] { e.Value }), title: InvalidTitle);

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: InvalidTitle);

    public static ValidationProblem Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    // JSON bodies use camelCase, so the field names in a problem match what the client sent.
    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
