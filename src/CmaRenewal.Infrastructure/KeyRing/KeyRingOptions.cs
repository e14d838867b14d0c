using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.KeyRing;

/// <summary>
/// <c>DataProtection</c> settings. The key ring lives in the database for every server to share; with
/// <see cref="CertificatePath"/> (a PFX with its private key, the same file on every server) each key is encrypted
/// with that certificate before it is stored. Without it the keys are stored unencrypted, and the app says so at start.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }

    public bool EncryptsKeys => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>The certificate, or an options failure naming the setting when the file is missing or unusable.</summary>
    internal X509Certificate2 LoadCertificate(string contentRoot)
    {
        var path = Path.GetFullPath(CertificatePath!, contentRoot);
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, CertificatePassword);
            if (certificate.HasPrivateKey) return certificate;
            certificate.Dispose();
            throw Invalid(path, "it holds no private key");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw Invalid(path, e.Message);
        }
    }

    private static OptionsValidationException Invalid(string path, string why) =>
        new(Section, typeof(KeyRingOptions), [$"DataProtection:CertificatePath '{path}' cannot be used: {why}."]);
}
