using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.MyCredentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.AuditPacks;

/// <summary>Rows the audit pack and drill tests add to their own app's demo data (never changing demo rows).</summary>
internal sealed class PackWorld(AppFactory app)
{
    /// <summary>The pinned instant the pack tests' apps run at (<see cref="Clock"/>), so dates in a pack are exact.</summary>
    public static DateTimeOffset Now => PinnedDemoApp.Now;

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static FakeTimeProvider Clock() => new(Now);

    public Task<long> PersonAsync(string email) => AppData.PersonIdAsync(app, email);

    public async Task<long> NewPersonAsync(string clinicOfEmail, string first, string last)
    {
        await using var db = AppData.Open(app);
        var clinic = await db.People.Where(p => p.Email == clinicOfEmail).Select(p => p.ClinicId).SingleAsync();
        var person = new Person(clinic, $"{first}.{last}@pack.test".ToLowerInvariant(), first, last, PersonRole.Assistant);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    public async Task<long> CredentialAsync(long personId, string pack)
    {
        await using var db = AppData.Open(app);
        return await db.Credentials.Where(c => c.PersonId == personId && c.PackCode == pack).Select(c => c.Id).SingleAsync();
    }

    public async Task<long> NewCredentialAsync(long personId, string pack, DateOnly certifiedOn, params DateOnly[] renewals)
    {
        await using var db = AppData.Open(app);
        var credential = new Credential(personId, pack, certifiedOn, "PACK-1");
        foreach (var renewal in renewals) credential.RecordRenewal(renewal);
        db.Credentials.Add(credential);
        await db.SaveChangesAsync();
        return credential.Id;
    }

    /// <summary>An activity linked to <paramref name="credentialId"/>, with a certificate when bytes are given.</summary>
    public async Task<long> ActivityAsync(long personId, long credentialId, DateOnly on, string title, decimal amount, string unit,
        string? category, bool approved = true, byte[]? certificate = null, string contentType = CertificateSniffer.Pdf,
        VerificationStatus verification = VerificationStatus.Verified, DateTime? loggedAtUtc = null)
    {
        await using var db = AppData.Open(app);
        var activity = new CeActivity(personId, new CeActivityDetails(on, title, "Pack Test Provider", (long)(amount * 100), unit, category, approved),
            loggedAtUtc ?? Now.UtcDateTime);
        activity.CountToward(credentialId);
        if (certificate is not null)
        {
            var stored = await app.Services.GetRequiredService<ICertificateStore>().SaveAsync(new MemoryStream(certificate), CancellationToken.None);
            activity.AttachCertificate(new CertificateFile("scan" + CertificateSniffer.ExtensionFor(contentType), contentType,
                stored.SizeBytes, stored.Sha256, stored.StorageKey));
        }
        if (verification == VerificationStatus.Verified) activity.Verify();
        if (verification == VerificationStatus.Rejected) activity.Reject("Not a real course.");
        db.CeActivities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    }

    public static string Aama => Units.AamaCeu;
}
