namespace CmaRenewal.Core.Common;

/// <summary>
/// Time zones are stored as IANA ids ("America/Chicago"): they are what Linux hosts and browsers use, and Windows
/// resolves them too, whereas Windows ids would not travel.
/// </summary>
public static class IanaTimeZone
{
    public const int MaxLength = 64;

    public static string Require(string? id, string name)
    {
        var text = Common.Require.Text(id, MaxLength, name);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) || !zone.HasIanaId)
            throw new ArgumentException($"{name} '{text}' is not an IANA time zone id.", name);
        return text;
    }
}
