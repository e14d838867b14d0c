using System.Security.Cryptography;
using System.Text;

namespace CmaRenewal.Core.Reminders;

/// <summary>
/// A holder hears once about each requirement they leave unmet: the key names the person and the requirement and no
/// date, so later planning runs find it stored and add nothing.
/// </summary>
public static class MissingReminders
{
    // Long one-of groups are hashed so the key stays within its column.
    private const int LongestReadableCodes = 100;

    public static string Key(long personId, string codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var part = codes.Length <= LongestReadableCodes
            ? codes
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(codes)))[..32];
        return $"{personId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/missing/{part}/{ReminderKind.MissingCredential}";
    }
}
