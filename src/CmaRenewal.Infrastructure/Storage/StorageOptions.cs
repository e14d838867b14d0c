using System.ComponentModel.DataAnnotations;

namespace CmaRenewal.Infrastructure.Storage;

/// <summary>
/// <c>Storage</c> settings: <see cref="DataDirectory"/> holds the SQLite file and uploaded certificates. Relative
/// paths are taken from the content root; the folder is created at start.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required(ErrorMessage = "Storage:DataDirectory must not be empty.")]
    public string DataDirectory { get; set; } = "App_Data";

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
