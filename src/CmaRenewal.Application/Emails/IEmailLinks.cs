using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

/// <summary>
/// The absolute addresses a reminders email links to. The web host knows its public address and signs the tokens;
/// what the email says about them is decided here.
/// </summary>
public interface IEmailLinks
{
    string Preferences { get; }

    string Unsubscribe(long personId, IEnumerable<ReminderTopic> topics);

    string Snooze(long personId);

    /// <summary>The absolute address of one of the app's pages, e.g. <c>/me?status=Rejected</c>.</summary>
    string Page(string pathAndQuery);
}
