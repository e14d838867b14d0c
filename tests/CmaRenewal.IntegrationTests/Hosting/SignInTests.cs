using System.Net;

namespace CmaRenewal.IntegrationTests.Hosting;

public sealed class SignInTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Assistant_SeesOnlyTheirOwnCredentials()
    {
        await using var app = new AppFactory();
        using var client = await app.SignedInAsync(SignIn.Maria);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Contains("Maria Lopez", html, StringComparison.Ordinal);
        Assert.DoesNotContain("James Carter", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tom Nguyen", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SignIn.RiversideManager, "James Carter", "Tom Nguyen")]
    [InlineData(SignIn.RegionalManager, "Tom Nguyen", "James Carter")]
    public async Task Manager_SeesTheirClinicsOnly(string manager, string visible, string hidden)
    {
        await using var app = new AppFactory();
        using var client = await app.SignedInAsync(manager);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Contains(visible, html, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatedPerson_CannotSignIn()
    {
        await using var app = new AppFactory();

        var response = await SignIn.PostLoginAsync(app.Anonymous(), SignIn.InactiveAva, Infrastructure.Identity.DemoAccounts.Password);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Invalid login attempt", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        await using var app = new AppFactory();
        var client = app.Anonymous();

        for (var i = 0; i < 5; i++) await SignIn.PostLoginAsync(client, SignIn.Tom, "wrong-password-1");
        var response = await SignIn.PostLoginAsync(client, SignIn.Tom, Infrastructure.Identity.DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Lockout", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_SendsAResetLinkThroughThePickupFolder()
    {
        await using var app = new AppFactory();
        var client = app.Anonymous();
        var token = await SignIn.TokenAsync(client, "/Account/ForgotPassword");

        await client.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "forgot-password",
            ["Input.Email"] = SignIn.Maria,
        }), Ct);

        var mail = Directory.GetFiles(Path.Combine(app.DataDirectory, "mail-pickup"), "*.eml").Single();
        var text = await File.ReadAllTextAsync(mail, Ct);
        Assert.Contains("To: " + SignIn.Maria, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Account/ResetPassword?code=", text, StringComparison.Ordinal);
    }
}
