using System.Security.Cryptography;
using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Calendar;

/// <summary>
/// A secret calendar-feed address: a person's own milestones (<see cref="ClinicId"/> null) or, for a manager, one
/// clinic's. The token is the only credential a calendar app can send, so it is long and random; regenerating
/// replaces the row, and the old address stops working at once.
/// </summary>
public sealed class CalendarFeed
{
    public const int TokenLength = 43;

    // For EF Core.
    private CalendarFeed()
    {
        Token = "";
    }

    public CalendarFeed(long personId, long? clinicId, DateTime createdAt)
    {
        PersonId = Require.Id(personId, nameof(personId));
        ClinicId = clinicId is { } id ? Require.Id(id, nameof(clinicId)) : null;
        CreatedAt = Require.Utc(createdAt, nameof(createdAt));
        Token = NewToken();
    }

    public long Id { get; private set; }

    /// <summary>The owner; the feed shows only what the owner may see at the time it is fetched.</summary>
    public long PersonId { get; private set; }

    /// <summary>Null for the owner's own milestones; else the clinic whose staff milestones the feed lists.</summary>
    public long? ClinicId { get; private set; }

    /// <summary>URL-safe base64 of 32 random bytes.</summary>
    public string Token { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
