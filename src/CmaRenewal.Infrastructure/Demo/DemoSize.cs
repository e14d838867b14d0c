using System.Globalization;

namespace CmaRenewal.Infrastructure.Demo;

/// <summary>
/// Which demo to seed: the small clinic group whose people tell a story each, or the large data set's shape scaled
/// to a number of credentials (<see cref="Large"/> is that shape at 30,000).
/// </summary>
public sealed record DemoSize
{
    // At least two clinics' worth, so the big clinic has ordinary neighbours; at most ten times the large demo
    // (15 M activities), which the streaming seeder still writes in flat memory.
    public const int MinCredentials = 100, MaxCredentials = 300_000;

    public static readonly DemoSize Small = new("small", null);
    public static readonly DemoSize Large = new("large", LargeDemo.CredentialCount);

    private DemoSize(string name, int? credentials)
    {
        Name = name;
        Credentials = credentials;
    }

    /// <summary>How the seed's message names it: "small", "large" or "3,000-credential".</summary>
    public string Name { get; }

    /// <summary>The credentials of the large shape to generate; null for the small demo.</summary>
    public int? Credentials { get; }

    /// <summary><c>small</c>, <c>large</c> or a whole number of credentials within the limits; null for anything else.</summary>
    public static DemoSize? Parse(string text) => text switch
    {
        "small" => Small,
        "large" => Large,
        _ when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= MinCredentials and <= MaxCredentials => OfCredentials(count),
        _ => null,
    };

    public static DemoSize OfCredentials(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, MinCredentials);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCredentials);
        return new DemoSize(count.ToString("N0", CultureInfo.InvariantCulture) + "-credential", count);
    }
}
