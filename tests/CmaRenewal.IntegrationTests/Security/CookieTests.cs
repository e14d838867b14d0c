using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

[Collection(SharedApp.Collection)]
public sealed class CookieTests(SharedApp shared)
{
    [Fact]
    public async Task SignIn_SetsOnlyHttpOnlyCookies()
    {
        var app = shared.App;

        using var response = await SignIn.PostLoginAsync(app.Anonymous(), DemoPeople.Maria, DemoPeople.Password);

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("samesite=", c, StringComparison.OrdinalIgnoreCase));
    }
}
