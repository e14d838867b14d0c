using CmaRenewal.Application.Emails;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.UnitTests.Emails;

/// <summary>Readable addresses in place of signed ones, so a test can write the exact body it expects.</summary>
internal sealed class FixedLinks : IEmailLinks
{
    public string Preferences => "https://renewals.test/me/profile";

    public string Unsubscribe(long personId, IEnumerable<ReminderTopic> topics) =>
        FormattableString.Invariant($"https://renewals.test/unsubscribe/{personId}/{string.Join('+', topics)}");

    public string Page(string pathAndQuery) => "https://renewals.test" + pathAndQuery;

    public string Snooze(long personId) => FormattableString.Invariant($"https://renewals.test/snooze/{personId}");
}
