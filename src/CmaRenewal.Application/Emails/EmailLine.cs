using System.Globalization;

namespace CmaRenewal.Application.Emails;

/// <summary>
/// One sentence of an email, in parts: the text body prints them all as plain text, the HTML body makes the strong
/// ones bold. Both come from one resource text, so the two bodies cannot say different things.
/// </summary>
public sealed record EmailLine(IReadOnlyList<EmailLinePart> Parts)
{
    private const string Strong = "**";

    public string Text => string.Concat(Parts.Select(p => p.Text));

    public static EmailLine Plain(string text) => new([new EmailLinePart(text, false)]);

    /// <summary>
    /// Fills in <paramref name="format"/>'s {0}, {1}… in the current culture; the stretches between <c>**</c> pairs are
    /// strong. The marks are split off before the values go in, so a value can never open or close a bold stretch.
    /// </summary>
    public static EmailLine Parse(string format, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(format);
        var pieces = format.Split(Strong);
        return new([.. pieces.Select((piece, i) => new EmailLinePart(string.Format(CultureInfo.CurrentCulture, piece, values), i % 2 == 1))
            .Where(p => p.Text.Length > 0)]);
    }
}

public sealed record EmailLinePart(string Text, bool Strong);
