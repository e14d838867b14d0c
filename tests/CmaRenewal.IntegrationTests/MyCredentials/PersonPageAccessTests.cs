using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>/people/{id} shows a person only to themselves, their clinic's managers and admins; anyone else gets "not found".</summary>
[Collection(SharedApp.Collection)]
public sealed class PersonPageAccessTests(SharedApp shared)
{
    private const string James = DemoPeople.James;
    private readonly AppFactory app = shared.App;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Maria_OpensHerOwnPage_WithHerCredentialCards()
    {
        using var client = await app.SignedInAsync(DemoPeople.Maria);
        var maria = await AppData.PersonIdAsync(app, DemoPeople.Maria);

        var response = await client.GetAsync(new Uri($"/people/{maria}", UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Maria Lopez", html, StringComparison.Ordinal);
        Assert.Contains("data-pack=\"CMA-AAMA\"", html, StringComparison.Ordinal);
        Assert.Contains("data-pack=\"RMA-AMT\"", html, StringComparison.Ordinal);
        Assert.Contains("Infection Control in Ambulatory Care", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maria_AsksForJamessPage_GetsNotFound_AndNothingOfHis()
    {
        using var client = await app.SignedInAsync(DemoPeople.Maria);
        var james = await AppData.PersonIdAsync(app, James);

        await AssertNotFoundAsync(client, james, "James Carter", "HIPAA Privacy and Security Refresher");
    }

    [Fact]
    public async Task ManagerOfAnotherClinic_GetsNotFound()
    {
        using var client = await app.SignedInAsync(DemoPeople.Victor);
        var maria = await AppData.PersonIdAsync(app, DemoPeople.Maria);

        await AssertNotFoundAsync(client, maria, "Maria Lopez", "Diabetes Care Essentials");
    }

    [Theory]
    [InlineData(DemoPeople.Rachel)]
    [InlineData(DemoPeople.Ada)]
    public async Task ManagerOfHerClinic_AndAdmin_SeeMariasPage(string viewer)
    {
        using var client = await app.SignedInAsync(viewer);
        var maria = await AppData.PersonIdAsync(app, DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri($"/people/{maria}", UriKind.Relative), Ct);

        Assert.Contains("Maria Lopez", html, StringComparison.Ordinal);
        Assert.Contains("Diabetes Care Essentials", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPerson_GetsNotFound()
    {
        using var client = await app.SignedInAsync(DemoPeople.Ada);

        await AssertNotFoundAsync(client, 999_999, "credential-card", "credential-card");
    }

    private static async Task AssertNotFoundAsync(HttpClient client, long personId, string name, string activity)
    {
        var response = await client.GetAsync(new Uri($"/people/{personId}", UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(activity, html, StringComparison.Ordinal);
    }
}
