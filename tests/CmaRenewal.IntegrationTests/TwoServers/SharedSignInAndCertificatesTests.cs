using System.Net;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.IntegrationTests.Certificates;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>
/// What one server hands out, the other honours: the sign-in cookie (the key ring is in the shared database) and
/// certificate files (the certificate folder is shared).
/// </summary>
[Collection(nameof(TwoServersAlone))]
public sealed class SharedSignInAndCertificatesTests(ServerPairFixture fixture) : IClassFixture<ServerPairFixture>
{
    private const string IdentityCookie = ".AspNetCore.Identity.Application";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ServerPair Pair => fixture.Pair;

    [Fact]
    public async Task CookieIssuedByA_IsAcceptedByB()
    {
        var cookie = await SignInOnAAsync(DemoPeople.Maria);
        using var b = Pair.B.Client();

        using var anonymous = await b.GetAsync(new Uri("/me", UriKind.Relative), Ct);
        using var signedIn = await GetWithCookieAsync(b, "/me", cookie);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("Maria", await signedIn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificateStoredByA_DownloadsThroughB()
    {
        var activityId = await StoreOnAAsync(DemoPeople.Maria, CertificateBytes.Pdf);
        var cookie = await SignInOnAAsync(DemoPeople.Maria);
        using var b = Pair.B.Client();

        using var response = await GetWithCookieAsync(b, $"/certificates/{activityId}", cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CertificateBytes.Pdf, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private async Task<string> SignInOnAAsync(string email)
    {
        var cookies = new CookieContainer();
        using var a = Pair.A.Client(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies });
        using var response = await SignIn.PostLoginAsync(a, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return cookies.GetCookies(Pair.A.BaseAddress)[IdentityCookie]?.Value
            ?? throw new InvalidOperationException($"Server A set no sign-in cookie for {email}.");
    }

    private static Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", $"{IdentityCookie}={cookie}");
        return client.SendAsync(request, Ct);
    }

    /// <summary>
    /// Saves the file through the storage port set up exactly as server A is (its <c>Storage</c> settings) and attaches
    /// it to the person's first activity. The upload itself is a Blazor form with no HTTP door of its own.
    /// </summary>
    private async Task<long> StoreOnAAsync(string email, byte[] content)
    {
        var store = new FileCertificateStore(Options.Create(new StorageOptions
        {
            DataDirectory = Pair.Database.Folder,
            CertificateDirectory = Pair.Database.CertificateFolder,
        }));
        var stored = await store.SaveAsync(new MemoryStream(content), Ct);
        await using var db = Pair.Database.Context();
        var person = await db.People.SingleAsync(p => p.Email == email, Ct);
        var activity = await db.CeActivities.Where(a => a.PersonId == person.Id).OrderBy(a => a.Id).FirstAsync(Ct);
        activity.AttachCertificate(new CertificateFile("certificate.pdf", CertificateSniffer.Pdf, stored.SizeBytes, stored.Sha256, stored.StorageKey));
        await db.SaveChangesAsync(Ct);
        return activity.Id;
    }
}
