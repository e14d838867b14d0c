using System.Net;
using CmaRenewal.Application.AuditPacks;
using CmaRenewal.Application.Common;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.IntegrationTests.Certificates;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.Security;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Features.AuditPacks;
using PdfSharp.Pdf.IO;

namespace CmaRenewal.IntegrationTests.AuditPacks;

/// <summary>GET /credentials/{id}/audit-pack: the ZIP's contents, who may have it, and past cycles.</summary>
public sealed class AuditPackDownloadTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Clock = PackWorld.Clock() };
    private PackWorld world = null!;
    private long mariaCma;
    private long pdfActivity, pngActivity;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        world = new PackWorld(app);
        var maria = await world.PersonAsync(DemoPeople.Maria);
        mariaCma = await world.CredentialAsync(maria, "CMA-AAMA");
        var today = PackWorld.Today;
        pdfActivity = await world.ActivityAsync(maria, mariaCma, today.AddMonths(-2), "Wound Care Basics", 5, PackWorld.Aama, "clinical",
            certificate: CertificateBytes.Pdf);
        pngActivity = await world.ActivityAsync(maria, mariaCma, today.AddMonths(-1), "Medical Law & Ethics", 5, PackWorld.Aama, "general",
            certificate: CertificateBytes.Png, contentType: CertificateSniffer.Png);
        // Rejected CE never counts, so its file stays out of the pack.
        await world.ActivityAsync(maria, mariaCma, today.AddMonths(-1), "Rejected Course", 5, PackWorld.Aama, "general",
            certificate: CertificateBytes.Jpeg, contentType: CertificateSniffer.Jpeg, verification: VerificationStatus.Rejected);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(Actor.Maria)]
    [InlineData(Actor.Rachel)]
    [InlineData(Actor.Ada)]
    public async Task HolderManagerAdmin_GetTheZip_WithTranscriptCertificatesAndManifest(Actor actor)
    {
        using var client = await app.ClientAsync(actor);

        using var response = await client.GetAsync(new Uri(AuditPackEndpoint.Url(mariaCma, null), UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("^audit-pack-maria-lopez-cma-aama-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.zip$", response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var pack = await AuditPackZip.ReadAsync(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal(AuditPackNames.Transcript, pack.Names[0]);
        Assert.Equal(AuditPackNames.Manifest, pack.Names[^1]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pack.Bytes[AuditPackNames.Transcript], 0, 4), StringComparison.Ordinal);
        // The demo's CE carries no files; the two counted activities with one are in, the rejected one is not.
        Assert.Equal(
            [$"certificates/{PackWorld.Today.AddMonths(-2):yyyy-MM-dd}-wound-care-basics-{pdfActivity}.pdf",
             $"certificates/{PackWorld.Today.AddMonths(-1):yyyy-MM-dd}-medical-law-ethics-{pngActivity}.png"],
            pack.Certificates.Order(StringComparer.Ordinal));
        Assert.Equal(CertificateBytes.Png, pack.Bytes[pack.Certificates.Single(n => n.EndsWith(".png", StringComparison.Ordinal))]);
        // The manifest lists every other entry with the SHA-256 and size of exactly its bytes.
        Assert.Equal(pack.Names.Take(pack.Names.Count - 1), pack.Manifest.Files.Select(f => f.Path));
        Assert.All(pack.Manifest.Files, f =>
        {
            Assert.Equal(AuditPackZip.Sha256(pack.Bytes[f.Path]), f.Sha256);
            Assert.Equal(pack.Bytes[f.Path].Length, f.Size);
        });
        Assert.All(pack.Manifest.Files.Where(f => f.ActivityId is not null), f => Assert.True(f.MatchesUpload));
        Assert.Equal(("Maria Lopez", "Riverside Family Medicine", "CMA-AAMA", true),
            (pack.Manifest.Person.Name, pack.Manifest.Person.Clinic, pack.Manifest.Credential.PackCode, pack.Manifest.Cycle.Current));
    }

    [Fact]
    public async Task Transcript_IsAReadablePdf_NamingHolderAndCycle()
    {
        using var client = await app.ClientAsync(Actor.Maria);
        var pack = await AuditPackZip.ReadAsync(await client.GetByteArrayAsync(new Uri(AuditPackEndpoint.Url(mariaCma, null), UriKind.Relative), Ct));

        using var pdf = PdfReader.Open(new MemoryStream(pack.Bytes[AuditPackNames.Transcript]), PdfDocumentOpenMode.Import);

        Assert.Equal(1, pdf.PageCount);
        Assert.Contains("Maria Lopez", pdf.Info.Title, StringComparison.Ordinal);
        Assert.Contains($"cycle {pack.Manifest.Cycle.Start:yyyy-MM-dd}", pdf.Info.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Actor.Tom)]
    [InlineData(Actor.Victor)]
    public async Task OtherAssistant_OtherClinicsManager_GetNotFound(Actor actor)
    {
        using var client = await app.ClientAsync(actor);

        using var response = await client.GetAsync(new Uri(AuditPackEndpoint.Url(mariaCma, null), UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("application/zip", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var client = await app.ClientAsync(Actor.Anonymous);

        using var response = await client.GetAsync(new Uri(AuditPackEndpoint.Url(mariaCma, null), UriKind.Relative), Ct);

        Expect.RedirectToLogin(response);
    }

    [Theory]
    [InlineData("?cycle=1999-01-01", HttpStatusCode.NotFound)]
    [InlineData("?cycle=yesterday", HttpStatusCode.BadRequest)]
    public async Task UnknownOrMalformedCycle_IsRefused(string query, HttpStatusCode expected)
    {
        using var client = await app.ClientAsync(Actor.Maria);

        using var response = await client.GetAsync(new Uri($"/credentials/{mariaCma}/audit-pack{query}", UriKind.Relative), Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PastCycle_HoldsThatCyclesCe_AndTheCurrentDoesNot()
    {
        // NHA: two-year cycles rolling on from the previous expiration. Certified 2020-01-10, renewed 2022-01-05.
        var maria = await world.PersonAsync(DemoPeople.Maria);
        var ccma = await world.NewCredentialAsync(maria, "CCMA-NHA", new DateOnly(2020, 1, 10), new DateOnly(2022, 1, 5));
        var old = await world.ActivityAsync(maria, ccma, new DateOnly(2021, 3, 1), "Phlebotomy Refresher", 10, "nha-credit", null,
            certificate: CertificateBytes.Pdf);
        using var client = await app.ClientAsync(Actor.Maria);

        var past = await AuditPackZip.ReadAsync(await client.GetByteArrayAsync(
            new Uri(AuditPackEndpoint.Url(ccma, new DateOnly(2020, 1, 10)), UriKind.Relative), Ct));
        var current = await AuditPackZip.ReadAsync(await client.GetByteArrayAsync(new Uri(AuditPackEndpoint.Url(ccma, null), UriKind.Relative), Ct));

        Assert.Equal([$"certificates/2021-03-01-phlebotomy-refresher-{old}.pdf"], past.Certificates);
        Assert.Equal((1, new DateOnly(2020, 1, 10), new DateOnly(2022, 1, 5), false),
            (past.Manifest.Cycle.Number, past.Manifest.Cycle.Start, past.Manifest.Cycle.AsOf, past.Manifest.Cycle.Current));
        Assert.Empty(current.Certificates);
        Assert.Equal((2, new DateOnly(2022, 1, 11)), (current.Manifest.Cycle.Number, current.Manifest.Cycle.Start));
    }

    [Fact]
    public async Task LongList_TranscriptRunsOverSeveralPages()
    {
        var person = await world.NewPersonAsync(DemoPeople.Maria, "Pat", "Longlist");
        var credential = await world.NewCredentialAsync(person, "CMA-AAMA", PackWorld.Today.AddMonths(-40));
        for (var i = 0; i < 70; i++)
            await world.ActivityAsync(person, credential, PackWorld.Today.AddDays(-10 - i), $"Short course {i}", 1, PackWorld.Aama, "general");
        using var client = await app.ClientAsync(Actor.Rachel);

        var pack = await AuditPackZip.ReadAsync(await client.GetByteArrayAsync(new Uri(AuditPackEndpoint.Url(credential, null), UriKind.Relative), Ct));

        using var pdf = PdfReader.Open(new MemoryStream(pack.Bytes[AuditPackNames.Transcript]), PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 2, $"{pdf.PageCount} page(s)");
        Assert.Empty(pack.Certificates);
    }

    [Fact]
    public async Task Transcript_WrapsALongTitle_NamesUnits_AndTheManifestListsTheMissingCertificate()
    {
        const string title = "Advanced Phlebotomy Techniques for Pediatric and Geriatric Patients in Ambulatory Care Settings, Including Difficult Draws";
        var person = await world.NewPersonAsync(DemoPeople.Maria, "Lee", "Longtitle");
        var credential = await world.NewCredentialAsync(person, "CMA-AAMA", PackWorld.Today.AddMonths(-40));
        var activity = await world.ActivityAsync(person, credential, PackWorld.Today.AddDays(-10), title, 2, PackWorld.Aama, "clinical");
        using var client = await app.ClientAsync(Actor.Rachel);

        var pack = await AuditPackZip.ReadAsync(await client.GetByteArrayAsync(new Uri(AuditPackEndpoint.Url(credential, null), UriKind.Relative), Ct));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pack.Bytes[AuditPackNames.Transcript]);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        var text = string.Join(" ", words);
        // Every word of the title, in order (other columns' words sit between its lines): wrapped, not cut with "…".
        var next = 0;
        foreach (var word in words) if (next < TitleWords(title).Length && word == TitleWords(title)[next]) next++;
        Assert.Equal(TitleWords(title).Length, next);
        Assert.DoesNotContain("…", text, StringComparison.Ordinal);
        Assert.Contains("2 AAMA CEU", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PackWorld.Aama, text, StringComparison.Ordinal);
        Assert.Contains("missing", words);
        Assert.Equal([new ManifestMissing(activity, title, ManifestMissing.NotUploaded)], pack.Manifest.MissingCertificates);
    }

    [Fact]
    public async Task Transcript_ReadsInTheRequestsLanguage()
    {
        using var client = await app.ClientAsync(Actor.Rachel);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US");

        var pack = await AuditPackZip.ReadAsync(await client.GetByteArrayAsync(new Uri(AuditPackEndpoint.Url(mariaCma, null), UriKind.Relative), Ct));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pack.Bytes[AuditPackNames.Transcript]);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Constancia de educación continua (EC)", text, StringComparison.Ordinal);
        Assert.Contains("Actividades contadas (", text, StringComparison.Ordinal);
        Assert.Contains("Página 1 de", text, StringComparison.Ordinal);
        Assert.Contains("CMA-AAMA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Counted activities", text, StringComparison.Ordinal);
        // The status through the glossary, the engine's sentences, the units, dates and verification in Spanish too.
        var statuses = Enum.GetValues<CredentialStatus>();
        using (AppCulture.Use("es"))
        {
            Assert.Contains(statuses, s => text.Contains($"Estado: {ComplianceWording.Status(s)} — ", StringComparison.Ordinal));
            Assert.Contains($"5 {UnitWording.Label(PackWorld.Aama, 5)}", text, StringComparison.Ordinal);
            Assert.Contains(PlainFormat.Date(PackWorld.Today.AddMonths(-2)), text, StringComparison.Ordinal);
        }
        Assert.Contains("Todavía necesita:", text, StringComparison.Ordinal);
        Assert.Contains("Sin verificar", text, StringComparison.Ordinal);
        string[] english = [.. statuses.Select(s => $"Status: {s}"), "Unverified", "more", "AAMA CEU", "Clinical", "points", $"{PackWorld.Today.AddMonths(-2):yyyy-MM-dd}"];
        Assert.All(english, e => Assert.DoesNotContain(e, text, StringComparison.Ordinal));
    }

    private static string[] TitleWords(string title) => title.Split(' ');
}
