using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Imports;

/// <summary>The templates at their stable addresses, and the upload page, for a manager.</summary>
[Collection(SharedApp.Collection)]
public sealed class ImportTemplateTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("people", "email,first_name,last_name,clinic,role,time_zone")]
    [InlineData("credentials", "email,credential,number,certified_on,last_recertified_on,fee_paid_through")]
    [InlineData("activities", "email,completed_on,title,provider,amount,unit,category,approved,counts_toward")]
    public async Task Template_IsTheHeaderAndOneExampleRow(string kind, string header)
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Rachel);

        var response = await client.GetAsync(new Uri($"/import/templates/{kind}.csv", UriKind.Relative), Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{kind}.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([header], lines[..1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task UnknownTemplate_IsNotFound_AndThePageShowsTheUpload()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Rachel);

        var missing = await client.GetAsync(new Uri("/import/templates/widgets.csv", UriKind.Relative), Ct);
        var page = await client.GetStringAsync(new Uri("/import", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Import from CSV", page, StringComparison.Ordinal);
        Assert.Contains("import/templates/people.csv", page, StringComparison.Ordinal);
    }
}
