using System.Text.Json;
using CmaRenewal.Application;
using CmaRenewal.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>
/// The one mapping from a use case's typed result to an HTTP answer: the status follows the outcome alone (the same
/// sentence under different outcomes gets different statuses), and an invalid result names the fields as the body does.
/// </summary>
public sealed class ApiResultsTests
{
    private const string Sentence = "The same sentence every time.";

    public static TheoryData<string, int, string> Outcomes => new()
    {
        { nameof(UseCaseOutcome.NotFound), StatusCodes.Status404NotFound, "Not found" },
        { nameof(UseCaseOutcome.Forbidden), StatusCodes.Status403Forbidden, "Not allowed" },
        { nameof(UseCaseOutcome.Conflict), StatusCodes.Status409Conflict, "Changed meanwhile" },
        { nameof(UseCaseOutcome.Invalid), StatusCodes.Status400BadRequest, "Some fields are not valid" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task EachFailure_GetsTheStatusOfItsOutcome_WithItsSentence(string outcome, int status, string title)
    {
        var result = Enum.Parse<UseCaseOutcome>(outcome) switch
        {
            UseCaseOutcome.NotFound => UseCaseResult<long>.NotFound(Sentence),
            UseCaseOutcome.Forbidden => UseCaseResult<long>.Forbidden(Sentence),
            UseCaseOutcome.Conflict => UseCaseResult<long>.Conflict(Sentence),
            _ => UseCaseResult<long>.Invalid("CompletedOn", Sentence),
        };

        var (code, problem) = await ExecuteAsync(ApiResults.Failure(result)!);

        Assert.Equal((status, title, Sentence), (code, problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public void Done_IsNoFailure_SoTheEndpointAnswersWithItsOwnSuccess() =>
        Assert.Null(ApiResults.Failure(UseCaseResult<long>.Done(42)));

    [Fact]
    public async Task Invalid_NamesEachFieldInCamelCase_AfterTheEndpointsRenaming()
    {
        var result = UseCaseResult<long>.Invalid(new Dictionary<string, string>
        {
            ["ExpiresOn"] = "Enter the expiry printed on the card, after certification.",
            ["OverrideReason"] = "Say why the computed expiry is wrong (kept in the audit trail).",
        });

        var (code, problem) = await ExecuteAsync(ApiResults.Failure(result, f => f == "ExpiresOn" ? "ExpiresOnOverride" : f)!);

        var errors = problem.GetProperty("errors");
        Assert.Equal(StatusCodes.Status400BadRequest, code);
        Assert.Equal(["expiresOnOverride", "overrideReason"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("Enter the expiry printed on the card, after certification.", errors.GetProperty("expiresOnOverride")[0].GetString());
    }

    private static async Task<(int Status, JsonElement Problem)> ExecuteAsync(ProblemHttpResult result)
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        body.Position = 0;
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: TestContext.Current.CancellationToken);
        return (context.Response.StatusCode, json.RootElement.Clone());
    }
}
