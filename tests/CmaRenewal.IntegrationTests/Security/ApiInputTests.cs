using System.Net;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Issue 9, low: bad API input is a 400 validation problem naming the field, never a 500, a silent accept, or a message
/// quoting the framework's internals.
/// </summary>
public sealed class ApiInputTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] InternalWords = ["Exception", "Parameter '", "un-representable", "   at ", "System."];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadActivities => new()
    {
        { $$"""{"completedOn":"2025-01-01","title":"T","provider":"P","amount":1,"unit":"aama-ceu","category":"{{new string('c', 5000)}}"}""", "category" },
        { """{"completedOn":"2025-01-01","title":"T","provider":"P","amount":1,"unit":"aama-ceu","splits":{"clinical":79000000000000000000000000000,"general":79000000000000000000000000000}}""", "splits" },
        { """{"completedOn":"2025-01-01","title":"T","provider":"P","amount":5,"unit":"aama-ceu","splits":{"nonsense":3,"clinical":2}}""", "splits" },
        { """{"completedOn":"2025-01-01","title":"T","provider":"P","amount":2,"unit":"aama-ceu","splits":{"clinical":1,""" + $"\"{new string('c', 5000)}\":1}}}}", "splits" },
        { """{"completedOn":"9999-12-31","title":"T","provider":"P","amount":1,"unit":"aama-ceu","category":"clinical"}""", "completedOn" },
        { """{"completedOn":"0001-01-01","title":"T","provider":"P","amount":1,"unit":"aama-ceu","category":"clinical"}""", "completedOn" },
    };

    public static TheoryData<string, string> BadEvaluations => new()
    {
        { """{"packCode":"CMA-AAMA","certifiedOn":"9999-12-31"}""", "certifiedOn" },
        { """{"packCode":"CMA-AAMA","certifiedOn":"0001-01-01"}""", "certifiedOn" },
        { """{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","asOf":"9999-12-31"}""", "asOf" },
        { """{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","lastRecertifiedOn":"9999-12-31"}""", "lastRecertifiedOn" },
        { """{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","feePaidThrough":"9999-12-31"}""", "feePaidThrough" },
        { """{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","activities":[{"completedOn":"9999-12-31","amount":1,"unit":"aama-ceu"}]}""", "activities[0].completedOn" },
        { """{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","activities":[{"completedOn":"2024-01-01","amount":2,"unit":"aama-ceu","splits":{"clinical":79000000000000000000000000000,"general":79000000000000000000000000000}}]}""", "activities[0].splits" },
        { """{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","activities":[{"completedOn":"2024-01-01","amount":2,"unit":"aama-ceu","splits":{"nonsense":1,"clinical":1}}]}""", "activities[0].splits" },
        { $$"""{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","activities":[{"completedOn":"2024-01-01","amount":2,"unit":"aama-ceu","category":"{{new string('c', 5000)}}"}]}""", "activities[0].category" },
    };

    [Theory]
    [MemberData(nameof(BadActivities))]
    public async Task BadActivity_Is400NamingTheField_AndNothingIsWritten(string body, string field)
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var before = await fixture.World.WithDbAsync(db => db.CeActivities.CountAsync(a => a.PersonId == maria, Ct));

        using var response = await fixture.Client(Actor.Maria).PostAsync(new Uri($"/api/v1/people/{maria}/activities", UriKind.Relative), Json(body), Ct);

        await ExpectFieldProblemAsync(response, field);
        Assert.Equal(before, await fixture.World.WithDbAsync(db => db.CeActivities.CountAsync(a => a.PersonId == maria, Ct)));
    }

    [Fact]
    public async Task BadCorrection_Is400NamingTheField()
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var (activity, version) = await fixture.World.FreshActivityAsync(maria);

        using var response = await fixture.Client(Actor.Maria).PutAsync(new Uri($"/api/v1/activities/{activity}", UriKind.Relative), Json(
            $$"""{"completedOn":"2025-05-01","title":"T","provider":"P","amount":1,"unit":"aama-ceu","category":"{{new string('c', 41)}}","version":"{{version}}"}"""), Ct);

        await ExpectFieldProblemAsync(response, "category");
    }

    [Theory]
    [MemberData(nameof(BadEvaluations))]
    public async Task BadEvaluation_Is400NamingTheField(string body, string field)
    {
        using var response = await fixture.Client(Actor.Maria).PostAsync(new Uri("/api/v1/evaluate", UriKind.Relative), Json(body), Ct);

        await ExpectFieldProblemAsync(response, field);
    }

    [Theory]
    [InlineData("""{"packCode":"CMA-AAMA","certifiedOn":"0001-01-01"}""", "certifiedOn")]
    [InlineData("""{"packCode":"CMA-AAMA","certifiedOn":"2020-01-01","expiresOnOverride":"9999-12-31","overrideReason":"printed so"}""", "expiresOnOverride")]
    public async Task BadCredentialDate_Is400NamingTheField_AndNothingIsWritten(string body, string field)
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var before = await fixture.World.WithDbAsync(db => db.Credentials.CountAsync(c => c.PersonId == maria, Ct));

        using var response = await fixture.Client(Actor.Rachel).PostAsync(new Uri($"/api/v1/people/{maria}/credentials", UriKind.Relative), Json(body), Ct);

        await ExpectFieldProblemAsync(response, field);
        Assert.Equal(before, await fixture.World.WithDbAsync(db => db.Credentials.CountAsync(c => c.PersonId == maria, Ct)));
    }

    [Fact]
    public async Task FeePaidThroughTheFarFuture_Is400NamingTheField()
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);
        var (credential, _) = await fixture.World.FreshCredentialAsync(maria);

        using var response = await fixture.Client(Actor.Maria).PostAsync(new Uri($"/api/v1/credentials/{credential}/fee-payments", UriKind.Relative),
            Json("""{"paidOn":"2025-01-01","paidThrough":"9999-12-31","amount":10}"""), Ct);

        await ExpectFieldProblemAsync(response, "paidThrough");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, MediaTypeNames.Application.Json);

    private static async Task ExpectFieldProblemAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No message for {field}: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        foreach (var word in InternalWords) Assert.DoesNotContain(word, body, StringComparison.Ordinal);
        Assert.True(body.Length < 2000, $"The problem quotes the input back: {body.Length} characters.");
    }
}
