using System.Net;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Hosting;

[Collection(SharedApp.Collection)]
public sealed class SignInTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Assistant_SeesOnlyTheirOwnCredentials()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/me", UriKind.Relative), Ct);

        Assert.Contains("Maria Lopez", html, StringComparison.Ordinal);
        Assert.DoesNotContain("James Carter", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tom Nguyen", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoPeople.Rachel, "James Carter", "Tom Nguyen")]
    [InlineData(DemoPeople.Victor, "Tom Nguyen", "James Carter")]
    public async Task Manager_SeesTheirClinicsOnly(string manager, string visible, string hidden)
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(manager);

        var html = await client.GetStringAsync(new Uri("/staff/people", UriKind.Relative), Ct);

        Assert.Contains(visible, html, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatedPerson_CannotSignIn()
    {
        var app = shared.App;

        var response = await SignIn.PostLoginAsync(app.Anonymous(), DemoPeople.Ava, DemoPeople.Password);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Invalid login attempt", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        await using var app = new AppFactory();
        var client = app.Anonymous();

        for (var i = 0; i < 5; i++) await SignIn.PostLoginAsync(client, DemoPeople.Tom, "wrong-password-1");
        var response = await SignIn.PostLoginAsync(client, DemoPeople.Tom, DemoPeople.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/Lockout", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_SendsAResetLinkThroughThePickupFolder()
    {
        await using var app = new AppFactory();
        using var _ = await SignIn.PostFormAsync(app.Anonymous(), "/Account/ForgotPassword", "forgot-password",
            new() { ["Input.Email"] = DemoPeople.Maria });

        var mail = Directory.GetFiles(Path.Combine(app.DataDirectory, "mail-pickup"), "*.eml").Single();
        var text = await File.ReadAllTextAsync(mail, Ct);
        Assert.Contains("To: " + DemoPeople.Maria, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Account/ResetPassword?code=", text, StringComparison.Ordinal);
    }
}
