using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

public sealed class CookieTests
{
    [Fact]
    public async Task SignIn_SetsOnlyHttpOnlyCookies()
    {
        await using var app = new AppFactory();

        using var response = await SignIn.PostLoginAsync(app.Anonymous(), SignIn.Maria, Infrastructure.Identity.DemoAccounts.Password);

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("samesite=", c, StringComparison.OrdinalIgnoreCase));
    }
}
