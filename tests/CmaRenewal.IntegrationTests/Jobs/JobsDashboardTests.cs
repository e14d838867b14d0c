using System.Net;
using System.Security.Claims;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Jobs;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Jobs;

/// <summary>
/// The dashboard for admins only. Who is refused how (sign in, access denied) is in the authorization matrix; here,
/// that an admin gets the real dashboard and that its own filter applies the Admin policy.
/// </summary>
[Collection(SharedApp.Collection)]
public sealed class JobsDashboardTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Admin_SeesTheDashboardWithTheRecurringJobs()
    {
        await using var app = new AppFactory(("Jobs:Enabled", "true"));
        using var client = await app.SignedInAsync(DemoPeople.Ada);

        using var response = await client.GetAsync(new Uri("/admin/jobs/recurring", UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CmaRenewal jobs", html, StringComparison.Ordinal);
        Assert.Contains("plan-reminders", html, StringComparison.Ordinal);
        Assert.Contains("send-outbox", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Admin", true)]
    [InlineData("Manager", false)]
    [InlineData("Assistant", false)]
    [InlineData(null, false)]
    public async Task Filter_AppliesTheAdminPolicy(string? role, bool allowed)
    {
        var app = shared.App;
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = role is null
                ? new ClaimsPrincipal(new ClaimsIdentity())
                : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), new Claim(ClaimTypes.Role, role)], "Test")),
        };
        var context = new AspNetCoreDashboardContext(app.Services.GetRequiredService<JobStorage>(), new DashboardOptions(), http);

        Assert.Equal(allowed, await new AdminPolicyDashboardFilter().AuthorizeAsync(context));
    }
}
