using CmaRenewal.Application.Profile;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Mail;

namespace CmaRenewal.Application.Emails;

/// <summary>
/// What the links in a reminders email do, for a visitor who is usually signed out: the signed token is the only
/// authority (it stands in for the actor), and a bad or expired one changes nothing. Unsubscribe turns off the topics
/// it names; snooze pauses every reminder for a week from the person's own today.
/// </summary>
public sealed class EmailLinkActions(EmailLinkTokens tokens, EmailPreferenceStore store, PersonClock clock)
{
    public const int SnoozeDays = 7;

    /// <summary>The person and topics an unsubscribe link covers, for its confirmation page; null when the token is not good.</summary>
    public EmailLinkGrant? ReadUnsubscribe(string? token) => tokens.ReadUnsubscribe(token);

    public bool CanSnooze(string? token) => tokens.ReadSnooze(token) is not null;

    /// <summary>Done with the topics turned off; not found when the token is not good or its person is gone.</summary>
    public async Task<UseCaseResult<EmailLinkGrant>> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        if (tokens.ReadUnsubscribe(token) is not { } grant) return LinkDead<EmailLinkGrant>();
        return await store.ChangeAsync(grant.PersonId, p => p.TurnOff(grant.Topics), ct) is null
            ? LinkDead<EmailLinkGrant>()
            : UseCaseResult<EmailLinkGrant>.Done(grant);
    }

    /// <summary>Done with the last day reminders are paused; not found when the token is not good or its person is gone.</summary>
    public async Task<UseCaseResult<DateOnly>> SnoozeAsync(string? token, CancellationToken ct)
    {
        if (tokens.ReadSnooze(token) is not { } grant) return LinkDead<DateOnly>();
        var until = (await clock.TodayForAsync(grant.PersonId, ct)).AddDays(SnoozeDays);
        // A longer snooze chosen on the profile page is kept: a week's pause must not cut it short.
        var stored = await store.ChangeAsync(grant.PersonId, p => p.SnoozedUntil >= until ? p : p with { SnoozedUntil = until }, ct);
        return stored?.SnoozedUntil is { } through ? UseCaseResult<DateOnly>.Done(through) : LinkDead<DateOnly>();
    }

    private static UseCaseResult<T> LinkDead<T>() => UseCaseResult<T>.NotFound(EmailWords.Get("LinkDead"));
}
