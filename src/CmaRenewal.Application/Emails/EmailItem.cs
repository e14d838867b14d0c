using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

/// <summary>
/// One reminder as a section of the daily email: the facts that its HTML template and its plain-text twin both
/// print, so the two cannot drift apart. One record per <see cref="ReminderKind"/>.
/// </summary>
public abstract record EmailItem(ReminderKind Kind)
{
    public ReminderTopic Topic => ReminderKinds.TopicOf(Kind);

    public EmailSection Section => EmailSection.Of(Kind);

    /// <summary>The headline; also the subject when it is the day's only reminder.</summary>
    public abstract string Title { get; }

    /// <summary>The plain-text body of this section, one sentence a line.</summary>
    public abstract IEnumerable<string> TextLines();
}

/// <summary>The parts of a daily email, in the order they appear: what expires first, then CE, fees, and a manager's items.</summary>
public sealed record EmailSection(int Order, string Heading)
{
    public static readonly EmailSection Required = new(-1, "Required credentials");
    public static readonly EmailSection Expiration = new(0, "Expiration");
    public static readonly EmailSection Ce = new(1, "Continuing education");
    public static readonly EmailSection Fees = new(2, "Fees");
    public static readonly EmailSection Staff = new(3, "Your staff");

    public static EmailSection Of(ReminderKind kind) => kind == ReminderKind.MissingCredential ? Required : ReminderKinds.TopicOf(kind) switch
    {
        ReminderTopic.Expiration => Expiration,
        ReminderTopic.Ce => Ce,
        ReminderTopic.Fees => Fees,
        _ => Staff,
    };
}
