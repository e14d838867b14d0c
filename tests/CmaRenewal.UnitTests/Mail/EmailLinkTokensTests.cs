using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.UnitTests.Mail;

/// <summary>Email-link tokens: read back only unchanged, within 60 days, and for the action they were made for.</summary>
public sealed class EmailLinkTokensTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 27, 3, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Issued);
    private readonly EmailLinkTokens tokens;

    public EmailLinkTokensTests() => tokens = new EmailLinkTokens(new EphemeralDataProtectionProvider(), time);

    [Fact]
    public void Lifetime_IsSixtyDays() => Assert.Equal(TimeSpan.FromDays(60), EmailLinkTokens.Lifetime);

    [Fact]
    public void Unsubscribe_RoundTrips_TopicsOnceEachInOrder()
    {
        var grant = tokens.ReadUnsubscribe(tokens.ForUnsubscribe(42, [ReminderTopic.Fees, ReminderTopic.Ce, ReminderTopic.Fees]));

        Assert.Equal(42, grant?.PersonId);
        Assert.Equal([ReminderTopic.Ce, ReminderTopic.Fees], grant?.Topics);
    }

    [Fact]
    public void Snooze_RoundTrips_WithNoTopics()
    {
        var grant = tokens.ReadSnooze(tokens.ForSnooze(7));

        Assert.Equal(7, grant?.PersonId);
        Assert.Equal([], grant?.Topics ?? [ReminderTopic.Ce]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-a-token")]
    public void NotAToken_IsRefused(string? token)
    {
        Assert.Null(tokens.ReadUnsubscribe(token));
        Assert.Null(tokens.ReadSnooze(token));
    }

    [Fact]
    public void Tampered_IsRefused()
    {
        var token = tokens.ForUnsubscribe(42, [ReminderTopic.Ce]);
        var tampered = token[..^6] + (token[^6] == 'A' ? 'B' : 'A') + token[^5..];

        Assert.Null(tokens.ReadUnsubscribe(tampered));
    }

    [Fact]
    public void MadeWithOtherKeys_IsRefused()
    {
        var foreign = new EmailLinkTokens(new EphemeralDataProtectionProvider(), time).ForSnooze(42);

        Assert.Null(tokens.ReadSnooze(foreign));
    }

    [Theory]
    [InlineData(0, 42L)]                  // the instant it is made
    [InlineData(60 * 86400, 42L)]         // the last second of its 60 days
    [InlineData(60 * 86400 + 1, null)]    // one second later
    public void Expiry_IsSixtyDaysToTheSecond(int secondsLater, long? expected)
    {
        var token = tokens.ForSnooze(42);

        time.SetUtcNow(Issued.AddSeconds(secondsLater));

        Assert.Equal(expected, tokens.ReadSnooze(token)?.PersonId);
    }

    [Fact]
    public void OneActionsToken_DoesNotWorkForTheOther()
    {
        Assert.Null(tokens.ReadUnsubscribe(tokens.ForSnooze(42)));
        Assert.Null(tokens.ReadSnooze(tokens.ForUnsubscribe(42, [ReminderTopic.Ce])));
    }

    [Fact]
    public void UnsubscribeFromNothing_IsRefused()
    {
        Assert.Null(tokens.ReadUnsubscribe(tokens.ForUnsubscribe(42, [])));
    }
}
