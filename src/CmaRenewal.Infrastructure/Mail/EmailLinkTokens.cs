using System.Globalization;
using System.Security.Cryptography;
using CmaRenewal.Core.Reminders;
using Microsoft.AspNetCore.DataProtection;

namespace CmaRenewal.Infrastructure.Mail;

/// <summary>What a valid email-link token allows: act on this person's reminders, for these topics (unsubscribe only).</summary>
public sealed record EmailLinkGrant(long PersonId, IReadOnlyList<ReminderTopic> Topics);

/// <summary>
/// Signed, time-limited tokens for the links in reminder emails. Each action has its own purpose, so an unsubscribe
/// token cannot be replayed as a snooze. The expiry is written inside the signed payload and checked against
/// <see cref="TimeProvider"/>, so tests can move time; a tampered, foreign or expired token reads as null.
/// </summary>
public sealed class EmailLinkTokens(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    private readonly IDataProtector unsubscribe = protection.CreateProtector("CmaRenewal.Emails.Unsubscribe.v1");
    private readonly IDataProtector snooze = protection.CreateProtector("CmaRenewal.Emails.Snooze.v1");

    public string ForUnsubscribe(long personId, IEnumerable<ReminderTopic> topics) => Protect(unsubscribe, personId, topics);

    public string ForSnooze(long personId) => Protect(snooze, personId, []);

    public EmailLinkGrant? ReadUnsubscribe(string? token) => Read(unsubscribe, token) is { Topics.Count: > 0 } grant ? grant : null;

    public EmailLinkGrant? ReadSnooze(string? token) => Read(snooze, token);

    private string Protect(IDataProtector protector, long personId, IEnumerable<ReminderTopic> topics)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var codes = string.Join(",", topics.Distinct().Order().Select(t => ((int)t).ToString(CultureInfo.InvariantCulture)));
        return protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{personId}|{codes}|{expires}"));
    }

    private EmailLinkGrant? Read(IDataProtector protector, string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
        var parts = payload.Split('|');
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var personId)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || time.GetUtcNow().ToUnixTimeSeconds() > expires)
            return null;
        var topics = new List<ReminderTopic>();
        foreach (var code in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !Enum.IsDefined((ReminderTopic)value)) return null;
            topics.Add((ReminderTopic)value);
        }
        return new EmailLinkGrant(personId, topics);
    }
}
