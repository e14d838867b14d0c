using System.Text.RegularExpressions;
using CmaRenewal.Application.Localization;

namespace CmaRenewal.Application.Common;

/// <summary>
/// The sentence an entity guard wrote, as a person should read it. <see cref="ArgumentException.Message"/> appends
/// " (Parameter 'timeZone')" (and the value, for out-of-range), and guards start with the C# parameter name; neither
/// belongs on a page, so forms and imports show this instead of the exception's text. Core writes its guards in
/// English (code's language); the sentences people meet are rewritten here in the reader's language
/// (GuardMessage.resx / .es.resx), and any other reads as Core wrote it.
/// </summary>
public static partial class GuardMessage
{
    private static readonly AppText Text = new(typeof(GuardMessage));

    /// <summary>The guard's sentence in words: "First name is required."</summary>
    public static string Of(ArgumentException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return Localized(ex, ex.ParamName is { Length: > 0 } name ? Field(name) : null);
    }

    /// <summary>The guard's sentence as written, without what the runtime appends (imports keep their column names).</summary>
    public static string Sentence(ArgumentException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return Localized(ex, ex.ParamName);
    }

    // The sentence with its subject (the parameter at its start) read as subject.
    private static string Localized(ArgumentException ex, string? subject)
    {
        var text = Raw(ex);
        var name = ex.ParamName;
        if (Translated(text, name, subject ?? name) is { } translated) return translated;
        return name is { Length: > 0 } && subject is not null && text.StartsWith(name + " ", StringComparison.Ordinal)
            ? subject + text[name.Length..]
            : text;
    }

    private static string? Translated(string text, string? name, string? subject)
    {
        if (Sentences().GetValueOrDefault(text) is { } key) return Text[key];
        if (subject is null) return null;
        if (Required().Match(text) is { Success: true } m && m.Groups["n"].Value == name) return Text.Format("Required", subject);
        if (TooLong().Match(text) is { Success: true } l && l.Groups["n"].Value == name)
            return Text.Format("TooLong", subject, l.Groups["max"].Value);
        if (NotZone().Match(text) is { Success: true } z && z.Groups["n"].Value == name) return Text.Format("NotTimeZone", subject, z.Groups["v"].Value);
        if (NotEmail().Match(text) is { Success: true } e) return Text.Format("NotEmail", e.Groups["v"].Value);
        if (LeadTime().Match(text) is { Success: true } d) return Text.Format("LeadTimeRange", d.Groups["max"].Value);
        return null;
    }

    private static string Raw(ArgumentException ex)
    {
        var text = ex.Message;
        var cut = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut < 0 && ex is ArgumentOutOfRangeException) cut = text.IndexOf(Environment.NewLine, StringComparison.Ordinal);
        return cut >= 0 ? text[..cut] : text;
    }

    // Core's fixed sentences that reach people, and their keys.
    private static Dictionary<string, string> Sentences() => new(StringComparer.Ordinal)
    {
        ["A renewal cannot precede certification."] = "RenewalBeforeCertification",
        ["A recorded renewal precedes it."] = "RenewalRecordedBefore",
        ["An expiry must follow certification."] = "ExpiryBeforeCertification",
        ["The amount must be positive."] = "AmountNotPositive",
        ["A payment cannot be negative."] = "PaymentNegative",
        ["A certificate file cannot be empty."] = "CertificateEmpty",
        ["The shares must be positive and add up to the activity's amount."] = "SharesDoNotAddUp",
        ["Each category may appear once in a split."] = "CategoryTwice",
        ["A split needs at least two categories."] = "SplitTooSmall",
    };

    // "firstName" reads "First name" (or its Spanish word); "time_zone" (an import column) reads "Time zone".
    private static string Field(string name)
    {
        var spaced = string.Concat(name.Replace('_', ' ').Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        var words = char.ToUpperInvariant(spaced[0]) + spaced[1..];
        var key = string.Concat(words.Split(' ').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return Text.Find("Field" + key) ?? words;
    }

    [GeneratedRegex(@"^(?<n>\S+) is required\.$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^(?<n>\S+) is longer than (?<max>[0-9]+) characters\.$")]
    private static partial Regex TooLong();

    [GeneratedRegex(@"^(?<n>\S+) '(?<v>.*)' is not an IANA time zone id\.$")]
    private static partial Regex NotZone();

    [GeneratedRegex(@"^'(?<v>.*)' is not an email address\.$")]
    private static partial Regex NotEmail();

    [GeneratedRegex(@"^A lead time is 0 to (?<max>[0-9]+) days\.$")]
    private static partial Regex LeadTime();
}
