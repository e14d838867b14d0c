namespace CmaRenewal.Core.Reminders;

/// <summary>Plans every reminder due by <c>now</c> in each person's zone into the outbox (the hourly job and the <c>reminders run</c> verb).</summary>
public interface IReminderPlanning
{
    /// <param name="asOf">Plan as if it were past the send time on this day everywhere (the verb's <c>--as-of</c>).</param>
    /// <param name="dryRun">Work out everything, write nothing, and return what would be emailed.</param>
    /// <param name="ct">Stops between people; what was written stays consistent.</param>
    Task<PlanningReport> PlanAsync(DateOnly? asOf, bool dryRun, CancellationToken ct);
}

/// <summary>
/// What one planning run found. <c>CredentialsEvaluated</c> counts the credentials it judged: all of them on
/// a first run, only those with something due or written since on the hourly runs after.
/// </summary>
public sealed record PlanningReport(
    int PeopleChecked, int RemindersPlanned, int RemindersCancelled, IReadOnlyList<PlannedEmail> Emails, int CredentialsEvaluated = 0);

/// <summary>One email the planner queued (or, in a dry run, would queue): who, for which day, and a line per reminder.</summary>
public sealed record PlannedEmail(long PersonId, string To, DateOnly Day, IReadOnlyList<string> Lines);

/// <summary>Delivers what is due in the outbox: one connection per batch, retries with backoff, refusals marked failed.</summary>
public interface IOutboxSending
{
    Task<SendReport> SendDueAsync(CancellationToken ct);
}

public sealed record SendReport(int Sent, int WillRetry, int Failed)
{
    public static readonly SendReport Nothing = new(0, 0, 0);
}

/// <summary>Turns a reminders email and its reminders into subject, HTML, text and the one-click unsubscribe address (Razor templates in the web project).</summary>
public interface IOutboxRenderer
{
    /// <param name="email">The email to render.</param>
    /// <param name="reminders">Its reminders.</param>
    /// <param name="language">The recipient's language (their profile's; null: English): the email reads in it, whoever runs the sender.</param>
    /// <param name="ct">Stops the rendering.</param>
    Task<RenderedEmail> RenderAsync(OutboxEmail email, IReadOnlyList<Reminder> reminders, string? language, CancellationToken ct);
}

public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody, string? ListUnsubscribe);
