using CmaRenewal.Core.Reminders;

namespace CmaRenewal.ComponentTests.Emails;

/// <summary>Email-link tokens: read back only unchanged, within 60 days, and for the action they were made for.</summary>
public sealed class EmailLinkTokensTests
{
    private readonly EmailTestKit kit = new();

    [Fact]
    public void Unsubscribe_RoundTrips()
    {
        var grant = kit.Tokens.ReadUnsubscribe(kit.Tokens.ForUnsubscribe(42, [ReminderTopic.Fees, ReminderTopic.Ce, ReminderTopic.Fees]));

        Assert.Equal(42, grant!.PersonId);
        Assert.Equal([ReminderTopic.Ce, ReminderTopic.Fees], grant.Topics);
    }

    [Fact]
    public void Tampered_IsRefused()
    {
        var token = kit.Tokens.ForUnsubscribe(42, [ReminderTopic.Ce]);
        var tampered = token[..^6] + (token[^6] == 'A' ? 'B' : 'A') + token[^5..];

        Assert.Null(kit.Tokens.ReadUnsubscribe(tampered));
        Assert.Null(kit.Tokens.ReadUnsubscribe("not-a-token"));
        Assert.Null(kit.Tokens.ReadUnsubscribe(null));
    }

    [Fact]
    public void Expired_IsRefused_OnTheDayAfterSixtyDays()
    {
        var token = kit.Tokens.ForSnooze(42);

        kit.Time.Advance(TimeSpan.FromDays(60));
        Assert.NotNull(kit.Tokens.ReadSnooze(token));
        kit.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(kit.Tokens.ReadSnooze(token));
    }

    [Fact]
    public void OneActionsToken_DoesNotWorkForTheOther()
    {
        Assert.Null(kit.Tokens.ReadUnsubscribe(kit.Tokens.ForSnooze(42)));
        Assert.Null(kit.Tokens.ReadSnooze(kit.Tokens.ForUnsubscribe(42, [ReminderTopic.Ce])));
    }

    [Fact]
    public void UnsubscribeFromNothing_IsRefused()
    {
        Assert.Null(kit.Tokens.ReadUnsubscribe(kit.Tokens.ForUnsubscribe(42, [])));
    }
}
