using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

/// <summary>
/// One reminder as a section of the daily email: the facts that its HTML template and its plain-text twin both
/// print, so the two cannot drift apart. One record per <see cref="ReminderKind"/>. Its words are read when asked
/// for, in the current UI culture (the recipient's, while the email is rendered).
/// </summary>
public abstract record EmailItem(ReminderKind Kind)
{
    public ReminderTopic Topic => ReminderKinds.TopicOf(Kind);

    public EmailSection Section => EmailSection.Of(Kind);

    /// <summary>The headline; also the subject when it is the day's only reminder.</summary>
    public abstract string Title { get; }

    /// <summary>The body of this section, one sentence (or two that belong together) a line.</summary>
    public abstract IEnumerable<EmailLine> Lines();

    /// <summary>The plain-text body of this section.</summary>
    public IEnumerable<string> TextLines() => Lines().Select(l => l.Text);
}

/// <summary>The parts of a daily email, in the order they appear: what expires first, then CE, fees, and a manager's items.</summary>
public sealed record EmailSection(int Order, string HeadingKey)
{
    public static readonly EmailSection Required = new(-1, "SectionRequired");
    public static readonly EmailSection Expiration = new(0, "SectionExpiration");
    public static readonly EmailSection Ce = new(1, "SectionCe");
    public static readonly EmailSection Fees = new(2, "SectionFees");
    public static readonly EmailSection Staff = new(3, "SectionStaff");

    public string Heading => EmailWords.Get(HeadingKey);

    public static EmailSection Of(ReminderKind kind) => kind == ReminderKind.MissingCredential ? Required : ReminderKinds.TopicOf(kind) switch
    {
        ReminderTopic.Expiration => Expiration,
        ReminderTopic.Ce => Ce,
        ReminderTopic.Fees => Fees,
        _ => Staff,
    };
}
