using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Staff;

[Collection(SharedApp.Collection)]
public sealed partial class StaffPageTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RiversideManager_SeesOnlyRiversideStaff()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Rachel);

        var html = await client.GetStringAsync(new Uri("/staff", UriKind.Relative), Ct);

        // The grid fills itself once the circuit is up (the browser test sees its rows); the prerendered status
        // cards already count Riverside's six credentials only (Maria 2, James 1, Aisha 1, Liam 2), and Liam's Missing row.
        Assert.Contains("Staff compliance", html, StringComparison.Ordinal);
        var counts = StatusCount().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(7, counts.Sum());
        foreach (var name in new[] { "Tom Nguyen", "Grace Kim", "Sam Patel", "Olivia Brown", "Noah Davis", "Emma Wilson" })
            Assert.DoesNotContain(name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManageStaff_ListsTheManagersClinicOnly_WithTheInviteForm()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Victor);

        var html = await client.GetStringAsync(new Uri("/staff/people", UriKind.Relative), Ct);

        Assert.Contains("Invite staff", html, StringComparison.Ordinal);
        Assert.Contains("Tom Nguyen", html, StringComparison.Ordinal);
        Assert.Contains("Ava Martinez", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria Lopez", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assistant_IsDeniedTheStaffPage()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var response = await client.GetAsync(new Uri("/staff", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Account/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("James Carter", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [GeneratedRegex("data-status-count=\"[A-Za-z]+\"[^>]*>(\\d+)<")]
    private static partial Regex StatusCount();
}
