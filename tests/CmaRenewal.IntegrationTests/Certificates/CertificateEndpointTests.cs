using System.Net;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.MyCredentials;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Certificates;

/// <summary>GET /certificates/{activityId}: only for people who may see the holder, with safe headers.</summary>
public sealed class CertificateEndpointTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Owner_GetsTheFile_WithItsTypeAndNosniff()
    {
        using var client = await app.SignedInAsync(DemoPeople.Maria);
        var activityId = await AttachAsync(DemoPeople.Maria, CertificateBytes.Pdf, CertificateSniffer.Pdf);

        var response = await client.GetAsync(new Uri($"/certificates/{activityId}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEqual("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(CertificateBytes.Pdf, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData(DemoPeople.Tom)]
    [InlineData(DemoPeople.Victor)]
    public async Task SomeoneWhoMayNotSeeTheHolder_GetsNotFound(string viewer)
    {
        using var client = await app.SignedInAsync(viewer);
        var activityId = await AttachAsync(DemoPeople.Maria, CertificateBytes.Pdf, CertificateSniffer.Pdf);

        var response = await client.GetAsync(new Uri($"/certificates/{activityId}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerOfTheHoldersClinic_GetsTheFile()
    {
        using var client = await app.SignedInAsync(DemoPeople.Rachel);
        var activityId = await AttachAsync(DemoPeople.Maria, CertificateBytes.Png, CertificateSniffer.Png);

        var response = await client.GetAsync(new Uri($"/certificates/{activityId}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var client = app.Anonymous();
        var activityId = await AttachAsync(DemoPeople.Maria, CertificateBytes.Pdf, CertificateSniffer.Pdf);

        var response = await client.GetAsync(new Uri($"/certificates/{activityId}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyOtherStoredType_IsSentAsAnAttachment()
    {
        using var client = await app.SignedInAsync(DemoPeople.Maria);
        var activityId = await AttachAsync(DemoPeople.Maria, "<script>alert(1)</script>"u8.ToArray(), "text/html");

        var response = await client.GetAsync(new Uri($"/certificates/{activityId}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    // Stores the bytes as they are (no sniffing) and attaches them to the person's first activity.
    private async Task<long> AttachAsync(string email, byte[] content, string contentType)
    {
        var stored = await app.Services.GetRequiredService<ICertificateStore>().SaveAsync(new MemoryStream(content), Ct);
        var personId = await AppData.PersonIdAsync(app, email);
        await using var db = AppData.Open(app);
        var activity = await db.CeActivities.Where(a => a.PersonId == personId).OrderBy(a => a.Id).FirstAsync(Ct);
        activity.AttachCertificate(new CertificateFile("certificate" + CertificateSniffer.ExtensionFor(contentType), contentType,
            stored.SizeBytes, stored.Sha256, stored.StorageKey));
        await db.SaveChangesAsync(Ct);
        return activity.Id;
    }
}
