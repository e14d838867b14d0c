using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Web.Hosting;

/// <summary>What <c>reminders run</c> prints: the emails a dry run would send, or what a real run planned and sent.</summary>
internal static class ReminderRunOutput
{
    public static IEnumerable<string> DryRunLines(PlanningReport report)
    {
        foreach (var email in report.Emails)
        {
            yield return FormattableString.Invariant($"would email {email.To} for {email.Day:yyyy-MM-dd}:");
            foreach (var line in email.Lines) yield return $"  - {line}";
        }
        yield return FormattableString.Invariant(
            $"Dry run: checked {report.PeopleChecked} people; would plan {report.RemindersPlanned} reminders in {report.Emails.Count} emails and cancel {report.RemindersCancelled}. Nothing was written or sent.");
    }

    public static string Summary(PlanningReport planned, SendReport sent) => FormattableString.Invariant(
        $"Planned {planned.RemindersPlanned} reminders in {planned.Emails.Count} emails; sent {sent.Sent}, will retry {sent.WillRetry}, failed {sent.Failed}.");
}
