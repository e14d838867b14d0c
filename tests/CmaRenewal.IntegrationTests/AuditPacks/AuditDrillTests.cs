using System.Text.RegularExpressions;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.IntegrationTests.Certificates;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.AuditPacks;

/// <summary>/staff/audit-drill and /me/audit-drill on rows made for the purpose: each kind of finding, and who sees it.</summary>
public sealed partial class AuditDrillTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Clock = PackWorld.Clock() };
    private long drew, drewCma, noCertificate, unverified, outside, clean;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var world = new PackWorld(app);
        var today = PackWorld.Today;
        // A new Riverside assistant, 30 months into a five-year AAMA cycle, with CE from non-approved providers only.
        drew = await world.NewPersonAsync(DemoPeople.Maria, "Drew", "Drill");
        drewCma = await world.NewCredentialAsync(drew, "CMA-AAMA", today.AddMonths(-30));
        clean = await world.ActivityAsync(drew, drewCma, today.AddMonths(-6), "All In Order", 5, "contact-hour", "clinical", approved: false,
            certificate: CertificateBytes.Pdf);
        noCertificate = await world.ActivityAsync(drew, drewCma, today.AddMonths(-5), "No Paper", 5, "contact-hour", "clinical", approved: false);
        unverified = await world.ActivityAsync(drew, drewCma, today.AddMonths(-4), "Not Checked", 5, "contact-hour", "general", approved: false,
            certificate: CertificateBytes.Pdf, verification: VerificationStatus.Unverified);
        // Logged now, dated before the cycle began: it cannot count toward this cycle.
        outside = await world.ActivityAsync(drew, drewCma, today.AddMonths(-40), "Too Early", 5, "contact-hour", "general", approved: false,
            certificate: CertificateBytes.Pdf);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Query_FindsEachKind_OnTheRightActivity()
    {
        var row = (await RowsAsync(DemoPeople.Rachel, null))!.Single(r => r.CredentialId == drewCma);

        Assert.Equal(
            [(AuditFindingKind.OutsideWindow, outside), (AuditFindingKind.MissingCertificate, noCertificate),
             (AuditFindingKind.Unverified, unverified), (AuditFindingKind.ApprovedShareTooLow, (long?)null)],
            row.Findings.Select(f => (f.Kind, f.ActivityId)));
        Assert.DoesNotContain(row.Findings, f => f.ActivityId == clean);
        Assert.Equal(("Drew Drill", "Riverside Family Medicine", PackWorld.Today.AddMonths(-30)), (row.PersonName, row.ClinicName, row.CycleStart));
    }

    [Fact]
    public async Task OtherClinicsManager_NeverSeesIt_AndCannotAskForTheClinic()
    {
        var riverside = (await RowsAsync(DemoPeople.Rachel, null))!.Single(r => r.CredentialId == drewCma).ClinicId;

        var victors = await RowsAsync(DemoPeople.Victor, null);

        Assert.DoesNotContain(victors!, r => r.PersonId == drew);
        Assert.Contains(victors!, r => r.PersonName == "Tom Nguyen");
        Assert.Null(await RowsAsync(DemoPeople.Victor, riverside));
        Assert.Null(await RowsAsync(DemoPeople.Maria, null));
    }

    [Theory]
    [InlineData(DemoPeople.Rachel)]
    [InlineData(DemoPeople.Ada)]
    public async Task StaffPage_ListsEachFindingOfTheCredential_WithPersonLink(string viewer)
    {
        using var client = await app.SignedInAsync(viewer);

        // Admins start on the first clinic by name; Riverside is last, so they ask for it.
        var riverside = (await RowsAsync(DemoPeople.Rachel, null))!.Single(r => r.CredentialId == drewCma).ClinicId;
        var html = await client.GetStringAsync(new Uri($"/staff/audit-drill?clinic={riverside}", UriKind.Relative), Ct);

        var kinds = FindingRow().Matches(html).Where(m => m.Groups["credential"].Value == drewCma.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(m => m.Groups["kind"].Value).ToList();
        Assert.Equal(["OutsideWindow", "MissingCertificate", "Unverified", "ApprovedShareTooLow"], kinds);
        Assert.Contains($"href=\"/people/{drew}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherClinicsManager_StaffPageForThatClinic_SaysNotFound()
    {
        var riverside = (await RowsAsync(DemoPeople.Rachel, null))!.Single(r => r.CredentialId == drewCma).ClinicId;
        using var client = await app.SignedInAsync(DemoPeople.Victor);

        var html = await client.GetStringAsync(new Uri($"/staff/audit-drill?clinic={riverside}", UriKind.Relative), Ct);

        Assert.Contains("drill-not-found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Drew Drill", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyDrill_ShowsOnlyMyOwnCredentials()
    {
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/me/audit-drill", UriKind.Relative), Ct);

        // The demo's CE has no certificate files, so each of Maria's counted activities lacks one.
        Assert.Contains("data-finding=\"MissingCertificate\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Drew Drill", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-credential=\"{drewCma}\"", html, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<DrillRow>?> RowsAsync(string email, long? clinicId)
    {
        var access = await app.Services.ActorAsync(email, Ct);
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PersonDetailQuery>().DrillAsync(access, clinicId, Ct)).Value;
    }

    [GeneratedRegex("data-finding=\"(?<kind>[A-Za-z]+)\" data-credential=\"(?<credential>[0-9]+)\"")]
    private static partial Regex FindingRow();
}
