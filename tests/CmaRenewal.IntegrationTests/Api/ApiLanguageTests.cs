using System.Net;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>
/// Problems speak the caller's language: a token caller's Accept-Language picks the title and detail (and each field's
/// message), while field names, status codes and the document's shape stay the same in every language.
/// </summary>
public sealed class ApiLanguageTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string InvalidActivity = """{"completedOn":"2999-01-01","title":"","provider":"P","amount":1,"unit":"aama-ceu"}""";

    [Theory]
    [InlineData("es", "Algunos campos no son válidos", "Escriba el título del curso.")]
    [InlineData("es-MX,es;q=0.9,en;q=0.5", "Algunos campos no son válidos", "Escriba el título del curso.")]
    [InlineData("en-US", "Some fields are not valid", "Enter the course title.")]
    [InlineData(null, "Some fields are not valid", "Enter the course title.")]
    public async Task AValidationProblem_IsInTheRequestsLanguage_WithEnglishFieldNames(string? language, string title, string titleError)
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);

        var problem = await SendAsync(Actor.Maria, HttpMethod.Post, $"/api/v1/people/{maria}/activities", language, InvalidActivity,
            HttpStatusCode.BadRequest);

        Assert.Equal(title, problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(titleError, errors.GetProperty("title")[0].GetString());
        Assert.True(errors.TryGetProperty("completedOn", out _));
    }

    [Fact]
    public async Task NotFound_ReadsSpanish()
    {
        var problem = await SendAsync(Actor.Maria, HttpMethod.Get, "/api/v1/activities/999999999", "es", null, HttpStatusCode.NotFound);

        Assert.Equal("No encontrado", problem.GetProperty("title").GetString());
        Assert.Equal("No existe ese recurso, o usted no puede verlo.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownRoute_AndAMissingToken_ReadSpanish()
    {
        var route = await SendAsync(Actor.Ada, HttpMethod.Get, "/api/v1/no-such-thing", "es", null, HttpStatusCode.NotFound);
        var anonymous = await SendAsync(Actor.Anonymous, HttpMethod.Get, "/api/v1/people", "es", null, HttpStatusCode.Unauthorized);

        Assert.Equal("No existe ese recurso.", route.GetProperty("detail").GetString());
        Assert.Equal("Debe iniciar sesión", anonymous.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ARoleRefusal_ReadsSpanish()
    {
        var maria = await fixture.World.PersonAsync(DemoPeople.Maria);

        // Only admins change roles: the token handler's refusal, in the caller's language.
        var problem = await SendAsync(Actor.Maria, HttpMethod.Put, $"/api/v1/people/{maria}/role", "es",
            """{"expected":"Assistant","role":"Manager"}""", HttpStatusCode.Forbidden);

        Assert.Equal("No permitido", problem.GetProperty("title").GetString());
        Assert.Equal("Su puesto no permite esto.", problem.GetProperty("detail").GetString());
    }

    private async Task<JsonElement> SendAsync(Actor actor, HttpMethod method, string path, string? language, string? json, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, MediaTypeNames.Application.Json);
        using var response = await fixture.Client(actor).SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
