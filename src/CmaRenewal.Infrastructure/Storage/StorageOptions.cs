using System.ComponentModel.DataAnnotations;

namespace CmaRenewal.Infrastructure.Storage;

/// <summary>
/// <c>Storage</c> settings: <see cref="DataDirectory"/> holds the SQLite file and, unless
/// <see cref="CertificateDirectory"/> says otherwise, uploaded certificates. Relative paths are taken from the content
/// root; the folders are created at start.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required(ErrorMessage = "Storage:DataDirectory must not be empty.")]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>
    /// Where certificate files go; empty means <c>{DataDirectory}/certificates</c>. Several servers point this at one
    /// shared folder (a network share or a mounted volume), so a file uploaded through one downloads through any.
    /// </summary>
    public string? CertificateDirectory { get; set; }

    /// <summary>The certificate folder in force, after the defaults.</summary>
    public string ResolveCertificateDirectory() =>
        string.IsNullOrWhiteSpace(CertificateDirectory) ? Path.Combine(DataDirectory, "certificates") : CertificateDirectory;

    /// <summary>Creates the folder; false when the path is unusable (bad characters, no permission, a file).</summary>
    internal static bool TryCreate(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
