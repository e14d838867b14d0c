using System.IO.Compression;
using System.Net;
using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>The audit pack over the API is the card's ZIP, for a token's owner, and a problem document otherwise.</summary>
public sealed class ApiAuditPackTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ManagersToken_GetsTheZip_WithTranscriptAndManifest()
    {
        var credential = (await new ApiWorld(fixture.App).FillAsync("{mariaCredential}"))[0];

        using var response = await fixture.Client(Actor.Rachel).GetAsync(new Uri($"/api/v1/credentials/{credential}/audit-pack", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Contains(zip.Entries, e => e.FullName == "transcript.pdf");
        Assert.StartsWith("manifest.", zip.Entries[^1].FullName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Actor.Tom, "", HttpStatusCode.NotFound)]
    [InlineData(Actor.Maria, "?cycle=yesterday", HttpStatusCode.BadRequest)]
    public async Task OtherwiseAProblemDocument(Actor actor, string query, HttpStatusCode expected)
    {
        var credential = (await new ApiWorld(fixture.App).FillAsync("{mariaCredential}"))[0];

        using var response = await fixture.Client(actor).GetAsync(new Uri($"/api/v1/credentials/{credential}/audit-pack{query}", UriKind.Relative), Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
