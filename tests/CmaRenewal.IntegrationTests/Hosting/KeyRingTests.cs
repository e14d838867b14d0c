using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CmaRenewal.IntegrationTests.MyCredentials;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>The data-protection key ring lives in the database, encrypted with the configured certificate when there is one.</summary>
public sealed class KeyRingTests : IDisposable
{
    private const string Password = "key-ring-test";
    private readonly string certificatePath = Path.Combine(Path.GetTempPath(), $"cmarenewal-keyring-{Guid.NewGuid():N}.pfx");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithoutACertificate_KeysAreStoredInTheDatabase_InTheClear()
    {
        await using var app = new AppFactory();
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var keys = await KeysAsync(app);

        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndSignInStillWorks()
    {
        WriteCertificate();
        // A database of its own: the shared demo template already holds a key, made without a certificate.
        await using var app = new AppFactory(template: false, ("DataProtection:CertificatePath", certificatePath), ("DataProtection:CertificatePassword", Password));
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var keys = await KeysAsync(app);

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AMissingCertificate_StopsTheAppNamingTheSetting()
    {
        var (exitCode, error) = await StartupFailureTests.RunAppAsync(("DataProtection__CertificatePath", certificatePath));

        Assert.Equal(1, exitCode);
        Assert.Contains($"DataProtection:CertificatePath '{certificatePath}' cannot be used", error, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(certificatePath);

    private static async Task<List<string>> KeysAsync(AppFactory app)
    {
        await using var db = AppData.Open(app);
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct);
    }

    private void WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CmaRenewal key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
        File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pfx, Password));
    }
}
