using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Mail;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Finding: a forged <c>Host:</c> on "forgot password" mailed a reset link on the attacker's host. Every absolute
/// address the app writes must come from <c>App:BaseUrl</c>, whatever Host the request carries.
/// </summary>
public sealed partial class HostHeaderPoisoningTests : IAsyncLifetime
{
    private const string BaseUrl = "https://renewals.example.org";
    private const string ForgedHost = "evil.example";

    private TestSmtpServer smtp = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => smtp = await TestSmtpServer.StartAsync(Ct);

    public ValueTask DisposeAsync() => smtp.DisposeAsync();

    [Fact]
    public async Task ForgotPassword_WithAForgedHost_MailsTheResetLinkOnBaseUrl()
    {
        await using var app = App();

        await PostFormWithForgedHostAsync(app.Anonymous(), "/Account/ForgotPassword", "forgot-password", ("Input.Email", DemoPeople.Maria));

        AssertMailedLinkIsOnBaseUrl("/Account/ResetPassword");
    }

    [Fact]
    public async Task ResendEmailConfirmation_WithAForgedHost_MailsTheConfirmLinkOnBaseUrl()
    {
        await using var app = App();

        await PostFormWithForgedHostAsync(app.Anonymous(), "/Account/ResendEmailConfirmation", "resend-email-confirmation", ("Input.Email", DemoPeople.Maria));

        AssertMailedLinkIsOnBaseUrl("/Account/ConfirmEmail");
    }

    [Fact]
    public async Task ChangeEmail_WithAForgedHost_MailsTheConfirmLinkOnBaseUrl()
    {
        await using var app = App();
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        await PostFormWithForgedHostAsync(client, "/Account/Manage/Email", "change-email", ("Input.NewEmail", "maria.new@example.org"));

        AssertMailedLinkIsOnBaseUrl("/Account/ConfirmEmailChange");
    }

    [Fact]
    public async Task ApiInvitation_WithAForgedHost_MailsTheSetPasswordLinkOnBaseUrl()
    {
        await using var app = App();
        using var client = app.WithToken((await app.NewTokenAsync(DemoPeople.Rachel)).Secret);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people")
        {
            Content = new StringContent("""{"email":"nia.hire@example.org","firstName":"Nia","lastName":"Hire","clinicId":1}""",
                MediaTypeHeaderValue.Parse("application/json")),
        };
        request.Headers.Host = ForgedHost;

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        AssertMailedLinkIsOnBaseUrl("/Account/ResetPassword");
    }

    [Fact]
    public async Task OpenApiDocument_FetchedWithAForgedHost_NamesBaseUrlAsItsServer()
    {
        await using var app = App();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = ForgedHost;

        using var response = await app.Anonymous().SendAsync(request, Ct);

        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var servers = document.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();
        Assert.Equal([BaseUrl], servers);
    }

    private AppFactory App() => new(("App:BaseUrl", BaseUrl),
        ("Smtp:Host", TestSmtpServer.Host), ("Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture)), ("Smtp:Security", "None"));

    private static async Task PostFormWithForgedHostAsync(HttpClient client, string page, string handler, (string Name, string Value) field)
    {
        var token = await SignIn.TokenAsync(client, page);
        using var request = new HttpRequestMessage(HttpMethod.Post, page)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = handler,
                [field.Name] = field.Value,
            }),
        };
        request.Headers.Host = ForgedHost;
        using var response = await client.SendAsync(request, Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{page} answered {(int)response.StatusCode}.");
    }

    private void AssertMailedLinkIsOnBaseUrl(string path)
    {
        var mail = Assert.Single(smtp.Received);
        var body = mail.Message.TextBody + mail.Message.HtmlBody;
        Assert.DoesNotContain(ForgedHost, body, StringComparison.OrdinalIgnoreCase);
        var link = new Uri(Link().Match(mail.Message.TextBody ?? "").Value);
        Assert.Equal(BaseUrl + path, link.GetLeftPart(UriPartial.Path));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
