namespace CmaRenewal.Core.Calendar;

/// <summary>
/// One all-day calendar event for one milestone of one credential's cycle. <see cref="Uid"/> stays the same for the
/// same (credential, cycle, milestone kind, feed kind), so a calendar app updates the event instead of adding another.
/// </summary>
public sealed record FeedEvent(string Uid, DateOnly Date, string Summary, string Description, Uri Link);
