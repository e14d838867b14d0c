using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.MyCredentials;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Localization;

/// <summary>
/// /language stores a signed-in person's choice and takes it into use; set=auto forgets it (cookie and profile), so the
/// browser's language applies again. Own app: the test changes a demo person's setting.
/// </summary>
public sealed class LanguageSwitchEndpointTests : IAsyncDisposable
{
    private readonly AppFactory app = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Auto_ForgetsTheChosenLanguage_AndTheBrowsersLanguageAppliesAgain()
    {
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        using (var chosen = await client.GetAsync(new Uri("/language?set=es&returnUrl=/me/profile", UriKind.Relative), Ct))
        {
            Assert.Equal((HttpStatusCode.Redirect, "/me/profile"), (chosen.StatusCode, chosen.Headers.Location?.OriginalString));
            Assert.Contains(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cma-language=es", StringComparison.Ordinal));
        }
        Assert.Equal("es", await LanguageOfAsync(DemoPeople.Maria));
        // An English browser still reads Spanish: the setting travels in the renewed sign-in cookie.
        Assert.Contains("Zona horaria y correos electrónicos", await ProfileAsync(client, "en-US"), StringComparison.Ordinal);

        using (var forgotten = await client.GetAsync(new Uri("/language?set=auto&returnUrl=/me/profile", UriKind.Relative), Ct))
        {
            Assert.Equal((HttpStatusCode.Redirect, "/me/profile"), (forgotten.StatusCode, forgotten.Headers.Location?.OriginalString));
            Assert.Contains(forgotten.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cma-language=;", StringComparison.Ordinal)
                && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        }
        Assert.Null(await LanguageOfAsync(DemoPeople.Maria));
        Assert.Contains("Time zone and emails", await ProfileAsync(client, "en-US"), StringComparison.Ordinal);
        Assert.Contains("Zona horaria y correos electrónicos", await ProfileAsync(client, "es-US,es;q=0.9"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownChoice_IsRefused()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/language?set=fr&returnUrl=/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string?> LanguageOfAsync(string email)
    {
        await using var db = AppData.Open(app);
        return await db.People.Where(p => p.Email == email).Select(p => p.Language).SingleAsync(Ct);
    }

    private static async Task<string> ProfileAsync(HttpClient client, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/me/profile", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }
}
