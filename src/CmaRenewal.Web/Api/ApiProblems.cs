using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Web.Features.Access;
using CmaRenewal.Web.Features.MyCredentials;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CmaRenewal.Web.Api;

/// <summary>
/// RFC 7807 answers shared by the endpoints. The app's commands answer with the message a page would show; these
/// turn the well-known ones into their status (gone → 404, changed meanwhile → 409) and anything else into a 400.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail = "There is no such resource that you may see.") =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile", detail: detail);

    public static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Refused", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: detail);

    /// <summary>The status for a command's message (null is success and never passed here).</summary>
    public static ProblemHttpResult FromCommand(string error) => error switch
    {
        ActivityCommands.Gone => NotFound(error),
        AccessScope.CannotChange => Forbidden(error),
        ActivityCommands.Conflict or CredentialCommands.Conflict or CredentialCommands.Duplicate => Conflict(error),
        _ => Refused(error),
    };

    /// <summary>
    /// Null when the caller may change the person; otherwise 404 when they cannot even see them (never revealing that
    /// they exist) and 403 when they see but may not change them.
    /// </summary>
    public static ProblemHttpResult? ForChange(PersonAccess access) => access switch
    {
        PersonAccess.None => NotFound(),
        PersonAccess.See => Forbidden(AccessScope.CannotChange),
        _ => null,
    };

    /// <summary>A validation problem from the app's own field checks (one message per field).</summary>
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => Camel(e.Key), e => new[] { e.Value }), title: "Some fields are not valid");

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Some fields are not valid");

    public static ValidationProblem Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    // JSON bodies use camelCase, so the field names in a problem match what the client sent.
    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
