using System.Net;
using System.Net.Http.Json;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>The what-if is the engine's own answer; the export is the admin verb's rows, cut to the caller's clinics.</summary>
public sealed class ApiEvaluateAndExportTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly DateOnly AsOf = new(2026, 1, 15);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Evaluate_IsTheEnginesResult_AndACourseShrinksWhatIsStillNeeded()
    {
        const string Course = """{"completedOn":"2025-09-01","amount":10,"unit":"aama-ceu","category":"clinical","approvedProvider":true}""";
        const string Before = """{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","asOf":"2026-01-15","feePaidThrough":"2026-12-31","activities":[{"completedOn":"2025-01-01","amount":20,"unit":"aama-ceu","category":"general","approvedProvider":true}]}""";

        var before = await EvaluateAsync(Before);
        var after = await EvaluateAsync(Before.Replace("}]}", "}," + Course + "]}", StringComparison.Ordinal));

        var engine = fixture.App.Services.GetRequiredService<ComplianceEngine>();
        var expected = engine.Evaluate(new CredentialFacts(0, "CMA-AAMA", new DateOnly(2023, 5, 1), []),
            [ActivityFacts.InOneCategory(1, new DateOnly(2025, 1, 1), 20m, Units.AamaCeu, "general", true)],
            [new Core.Fees.FeePaymentFacts(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31), 0m)], AsOf);
        Assert.Equal(expected.Status.ToString(), before.GetProperty("status").GetString());
        Assert.Equal(expected.StillNeed.Total, before.GetProperty("stillNeed").GetProperty("total").GetDecimal());
        Assert.Equal(expected.Cycle.Expires.ToString("yyyy-MM-dd"), before.GetProperty("cycle").GetProperty("expires").GetString());
        Assert.Equal(expected.Milestones.Count, before.GetProperty("milestones").GetArrayLength());
        Assert.Equal(expected.Progress!.Total.Counted, before.GetProperty("progress").GetProperty("total").GetProperty("counted").GetDecimal());
        Assert.True(after.GetProperty("stillNeed").GetProperty("total").GetDecimal() < expected.StillNeed.Total);
        Assert.Equal(2, after.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task Evaluate_TakesSnakeCaseNamesToo()
    {
        var camel = await EvaluateAsync("""{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","lastRecertifiedOn":"2023-06-01","feePaidThrough":"2026-12-31","asOf":"2026-01-15","activities":[{"completedOn":"2025-01-01","amount":4,"unit":"aama-ceu","splits":{"clinical":3,"general":1},"approvedProvider":true}]}""");
        var snake = await EvaluateAsync("""{"pack_code":"CMA-AAMA","certified_on":"2023-05-01","last_recertified_on":"2023-06-01","fee_paid_through":"2026-12-31","as_of":"2026-01-15","activities":[{"completed_on":"2025-01-01","amount":4,"unit":"aama-ceu","splits":{"clinical":3,"general":1},"approved_provider":true}]}""");

        Assert.Equal(camel.GetRawText(), snake.GetRawText());
        Assert.Equal(4m, snake.GetProperty("progress").GetProperty("total").GetProperty("counted").GetDecimal());
    }

    [Fact]
    public async Task Evaluate_NamesTheBadFields()
    {
        using var response = await fixture.Client(Actor.Tom).PostAsync(new Uri("/api/v1/evaluate", UriKind.Relative), Json(
            """{"packCode":"CMA-XYZ","certifiedOn":"2023-13-01","activities":[{"completedOn":"2025-01-01","amount":5,"unit":"furlongs"}]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("packCode", out _));
        Assert.True(errors.TryGetProperty("certifiedOn", out _));
        Assert.True(errors.TryGetProperty("activities[0].unit", out _));
    }

    [Theory]
    [InlineData(Actor.Ada, null)]
    [InlineData(Actor.Rachel, "Riverside Family Medicine")]
    [InlineData(Actor.Victor, "Lakeside Pediatrics,Mesa Urgent Care")]
    public async Task Export_IsTheVerbsCsv_ForTheCallersClinics(Actor actor, string? clinics)
    {
        using var response = await fixture.Client(actor).GetAsync(new Uri("/api/v1/compliance/export?asOf=2026-01-15", UriKind.Relative), Ct);
        var lines = Lines(await response.Content.ReadAsStringAsync(Ct));

        var expected = new List<string>();
        foreach (var clinic in clinics?.Split(',') ?? new string?[] { null })
            expected.AddRange(await VerbAsync(clinic is null ? ["--as-of", "2026-01-15"] : ["--as-of", "2026-01-15", "--clinic", clinic]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected[0], lines[0]);
        Assert.Equal(expected.Where(l => l != expected[0]).Order(StringComparer.Ordinal), lines.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_OneClinicByName_AsXlsx()
    {
        using var response = await fixture.Client(Actor.Victor).GetAsync(
            new Uri("/api/v1/compliance/export?clinic=Mesa%20Urgent%20Care&format=xlsx&asOf=2026-01-15", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task Export_BadFormat_Is400()
    {
        using var response = await fixture.Client(Actor.Ada).GetAsync(new Uri("/api/v1/compliance/export?format=pdf", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("format", out _));
    }

    private async Task<JsonElement> EvaluateAsync(string body)
    {
        using var response = await fixture.Client(Actor.Maria).PostAsync(new Uri("/api/v1/evaluate", UriKind.Relative), Json(body), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<string[]> VerbAsync(string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(0, await AdminCommand.Parse(["export-compliance", .. args])!.RunAsync(fixture.App.Services, output, Ct));
        return Lines(output.ToString());
    }

    private static string[] Lines(string text) => text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, MediaTypeNames.Application.Json);
}
