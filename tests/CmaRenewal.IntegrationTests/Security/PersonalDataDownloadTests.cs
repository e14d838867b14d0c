using System.Net;
using System.Text.Json;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Finding: <c>POST /Account/Manage/DownloadPersonalData</c> was accepted without an antiforgery token, so another site
/// could make a signed-in browser fetch it. The page's own button carries the token and still works.
/// </summary>
[Collection(SharedApp.Collection)]
public sealed class PersonalDataDownloadTests(SharedApp shared)
{
    private const string Download = "/Account/Manage/DownloadPersonalData";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DownloadWithoutAToken_IsRefusedSayingWhy()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        using var response = await client.PostAsync(new Uri(Download, UriKind.Relative), new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("reload the personal data page", body, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoPeople.Maria, body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheDownloadButton_PostsTheToken_AndGetsTheFile()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Maria);
        var token = await SignIn.TokenAsync(client, "/Account/Manage/PersonalData");

        using var response = await client.PostAsync(new Uri(Download, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(DemoPeople.Maria, data.GetProperty("Email").GetString());
    }
}
