using System.Net;
using System.Text.RegularExpressions;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Where the app's links point, decided at start: Production refuses to guess, Development uses the address it
/// really listens on (the old default, http://localhost:5000, was a dead address), and a bad proxy list stops it.
/// </summary>
public sealed partial class StartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_WithoutBaseUrl_StopsTheAppNamingTheSetting()
    {
        await using var app = AppProcess.Start("Production");

        var (exitCode, error) = await app.ExitAsync(Ct);

        Assert.Equal(1, exitCode);
        Assert.Contains("CmaRenewal cannot start: App:BaseUrl is required in Production", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithAnHttpsBaseUrl_Starts_AndSendsPlainHttpToIt()
    {
        await using var app = AppProcess.Start("Production", ("App__BaseUrl", "https://renewals.example.org"));
        var root = await app.ListeningAsync(Ct);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = root };

        using var response = await client.GetAsync(new Uri("/Account/Login?ReturnUrl=%2Fme", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri("https://renewals.example.org/Account/Login?ReturnUrl=%2Fme"), response.Headers.Location);
    }

    [Fact]
    public async Task Development_WithoutBaseUrl_MailsLinksOnTheAddressItListensOn()
    {
        await using var app = AppProcess.Start("Development");
        var root = await app.ListeningAsync(Ct);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = root };
        var token = WebUtility.HtmlDecode(Token().Match(await client.GetStringAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), Ct)).Groups[1].Value);

        using var posted = await client.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "forgot-password",
            ["Input.Email"] = DemoPeople.Maria,
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var mail = await MimeKit.MimeMessage.LoadAsync(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail-pickup"), "*.eml").Single(), Ct);
        var link = new Uri(ResetLink().Match(mail.TextBody ?? "").Value);
        Assert.Equal(root.GetLeftPart(UriPartial.Authority), link.GetLeftPart(UriPartial.Authority));
        using var opened = await client.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    [Theory]
    [InlineData("ReverseProxy__KnownProxies__0", "proxy.internal", "ReverseProxy:KnownProxies: 'proxy.internal' is not an IP address such as 10.0.0.5.")]
    [InlineData("ReverseProxy__KnownNetworks__0", "10.0.0.0/99", "ReverseProxy:KnownNetworks: '10.0.0.0/99' is not a network such as 10.0.0.0/8.")]
    public async Task AProxySettingThatIsNotAnAddress_StopsTheAppNamingIt(string name, string value, string message)
    {
        await using var app = AppProcess.Start("Testing", (name, value));

        var (exitCode, error) = await app.ExitAsync(Ct);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?code=\S+")]
    private static partial Regex ResetLink();
}
