namespace CmaRenewal.Core.Common;

/// <summary>A time zone as people pick it: the IANA id that is stored, and a name a person recognises.</summary>
public sealed record TimeZoneChoice(string Id, string Name);

/// <summary>
/// The one list of time zones the app offers (people's and clinics' pickers, and the check that refuses anything
/// else): US zones first under the names Americans use ("Eastern Time (New York)"), then every other zone the server
/// knows as "City (Region)". Only zones the host resolves are listed, so a chosen zone always converts.
/// </summary>
public static class TimeZoneChoices
{
    public const string Unknown = "Choose a time zone from the list.";

    // Most clinics are in the lower 48; the rest of the US follows, each under the zone name its residents use.
    private static readonly (string Id, string Name)[] UnitedStates =
    [
        ("America/New_York", "Eastern Time (New York)"),
        ("America/Chicago", "Central Time (Chicago)"),
        ("America/Denver", "Mountain Time (Denver)"),
        ("America/Phoenix", "Arizona Time (Phoenix)"),
        ("America/Los_Angeles", "Pacific Time (Los Angeles)"),
        ("America/Anchorage", "Alaska Time (Anchorage)"),
        ("Pacific/Honolulu", "Hawaii Time (Honolulu)"),
        ("America/Detroit", "Eastern Time (Detroit)"),
        ("America/Indiana/Indianapolis", "Eastern Time (Indianapolis)"),
        ("America/Kentucky/Louisville", "Eastern Time (Louisville)"),
        ("America/Boise", "Mountain Time (Boise)"),
        ("America/Juneau", "Alaska Time (Juneau)"),
        ("America/Adak", "Hawaii-Aleutian Time (Adak)"),
        ("America/Puerto_Rico", "Atlantic Time (Puerto Rico)"),
        ("Pacific/Guam", "Chamorro Time (Guam)"),
    ];

    public static IReadOnlyList<TimeZoneChoice> All { get; } = Build();

    private static readonly Dictionary<string, TimeZoneChoice> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>The choice for a stored id, or null when the id is not one of ours.</summary>
    public static TimeZoneChoice? Find(string? id) => id is not null && ById.TryGetValue(id.Trim(), out var choice) ? choice : null;

    /// <summary>The friendly name of a stored id; an id outside the list is shown as it is.</summary>
    public static string NameOf(string? id) => Find(id)?.Name ?? id ?? "";

    /// <summary>Choices whose name or id contains every typed word, in list order (US first); everything when blank.</summary>
    public static IEnumerable<TimeZoneChoice> Search(string? text)
    {
        var words = (text ?? "").Split([' ', '_', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries);
        return All.Where(c => words.All(w => c.Name.Contains(w, StringComparison.OrdinalIgnoreCase)
                                          || c.Id.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    private static List<TimeZoneChoice> Build()
    {
        var known = TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        var us = UnitedStates.Where(z => Resolves(z.Id, known)).Select(z => new TimeZoneChoice(z.Id, z.Name)).ToList();
        var taken = us.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var others = known.Where(id => !taken.Contains(id) && id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
            .Select(id => new TimeZoneChoice(id, Describe(id)))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase);
        return [.. us, .. others];
    }

    // Some hosts list only a zone's canonical id; a US id missing from the list is kept if the host still resolves it.
    private static bool Resolves(string id, HashSet<string> known) =>
        known.Contains(id) || TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    /// <summary>"Europe/Berlin" reads "Berlin (Europe)"; "America/Argentina/Buenos_Aires" reads "Buenos Aires (America, Argentina)".</summary>
    public static string Describe(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var parts = id.Replace('_', ' ').Split('/');
        return parts.Length == 1 ? parts[0] : $"{parts[^1]} ({string.Join(", ", parts[..^1])})";
    }
}
