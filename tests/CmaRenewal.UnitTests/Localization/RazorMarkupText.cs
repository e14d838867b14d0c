using System.Text;
using System.Text.RegularExpressions;

namespace CmaRenewal.UnitTests.Localization;

/// <summary>
/// Finds text a person would read that is written literally in a .razor file's markup: text between tags, and the
/// values of attributes that show text (Label, Title, Placeholder, aria-label, …). C# is blanked out first (@code
/// blocks, @(…) and @name.Chain(…) expressions, @if/@foreach heads, @{ … } blocks), as are comments, directives,
/// style and script, keeping every line where it was so findings carry their line numbers. A heuristic, not a Razor
/// parser: what it cannot tell apart goes on the test's allow-list.
/// </summary>
public static partial class RazorMarkupText
{
    public sealed record Literal(int Line, string Text);

    private static readonly HashSet<string> VisibleAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Label", "Placeholder", "Title", "HelperText", "Text", "aria-label", "AriaLabel", "alt", "Tooltip", "ButtonText",
        "ConfirmText", "CancelText", "Message", "Header", "Caption", "Description", "NoRecordsContent", "LoadingText",
        "ErrorText", "RequiredError", "Subtitle", "Summary", "aria-description", "aria-roledescription",
    };

    public static IReadOnlyList<Literal> Find(string razor)
    {
        var text = Blank(razor);
        var found = new List<Literal>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '<' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '/'))
            {
                var end = TagEnd(text, i);
                found.AddRange(AttributeLiterals(text, i, end));
                i = end + 1;
                continue;
            }
            var next = NextTag(text, i);
            AddText(found, text, i, next);
            i = next;
        }
        return found;
    }

    private static void AddText(List<Literal> found, string text, int from, int to)
    {
        var segment = text[from..to];
        var offset = from;
        foreach (var line in segment.Split('\n'))
        {
            var cleaned = Entity().Replace(line, " ").Trim();
            if (CodeLine().IsMatch(cleaned)) cleaned = "";
            cleaned = cleaned.Trim('{', '}', ' ', '\t', '\r');
            if (cleaned is "else" or "" || !Letters().IsMatch(cleaned)) { offset += line.Length + 1; continue; }
            found.Add(new Literal(LineOf(text, offset), Spaces().Replace(cleaned, " ")));
            offset += line.Length + 1;
        }
    }

    private static IEnumerable<Literal> AttributeLiterals(string text, int start, int end)
    {
        foreach (Match m in Attribute().Matches(text[start..(end + 1)]))
        {
            var value = m.Groups["value"].Value;
            if (!VisibleAttributes.Contains(m.Groups["name"].Value) || value.TrimStart().StartsWith('@')) continue;
            if (Letters().IsMatch(value)) yield return new Literal(LineOf(text, start + m.Index), $"{m.Groups["name"].Value}=\"{value}\"");
        }
    }

    private static int TagEnd(string text, int start)
    {
        char? quote = null;
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q) { if (c == q) quote = null; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i;
        }
        return text.Length - 1;
    }

    private static int NextTag(string text, int from)
    {
        for (var i = from + 1; i < text.Length; i++)
            if (text[i] == '<' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '/')) return i;
        return text.Length;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, Math.Min(index, text.Length)).Count('\n') + 1;

    /// <summary>The file with everything that is not markup replaced by spaces (newlines kept).</summary>
    public static string Blank(string razor)
    {
        var s = new StringBuilder(razor);
        BlankMatches(s, Comment());
        BlankMatches(s, HtmlComment());
        BlankMatches(s, StyleOrScript());
        BlankMatches(s, Directive());
        BlankCodeBlocks(s);
        BlankExpressions(s);
        return s.ToString();
    }

    private static void BlankMatches(StringBuilder s, Regex regex)
    {
        foreach (Match m in regex.Matches(s.ToString())) BlankRange(s, m.Index, m.Index + m.Length);
    }

    private static void BlankRange(StringBuilder s, int from, int to)
    {
        for (var i = from; i < to && i < s.Length; i++) if (s[i] != '\n') s[i] = ' ';
    }

    /// <summary>@code { … }, @functions { … } and @{ … }: C# throughout (markup inside @{ } is rare here).</summary>
    private static void BlankCodeBlocks(StringBuilder s)
    {
        foreach (Match m in CodeBlockStart().Matches(s.ToString()))
        {
            var open = s.ToString().IndexOf('{', m.Index);
            BlankRange(s, m.Index, Balanced(s.ToString(), open, '{', '}') + 1);
        }
    }

    /// <summary>@(…), @name.Member(…)[…], and the heads of @if/@foreach/@for/@while/@switch/@using/else if (…).</summary>
    private static void BlankExpressions(StringBuilder s)
    {
        var text = s.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '@' && i + 1 < text.Length && text[i + 1] == '@') { i++; continue; }
            var isAt = text[i] == '@';
            var isElseIf = !isAt && string.CompareOrdinal(text, i, "else if", 0, 7) == 0;
            if (!isAt && !isElseIf) continue;
            var j = isAt ? i + 1 : i + 7;
            if (isElseIf) while (j < text.Length && text[j] is ' ' or '\t') j++;
            if (j < text.Length && text[j] == '(') j = Balanced(text, j, '(', ')') + 1;
            else
            {
                while (j < text.Length)
                {
                    var k = j;
                    while (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] is '_' or '.' or '!' or '?')) k++;
                    while (k < text.Length && text[k] == ' ' && IsControlHead(text, j, k)) k++;
                    if (k < text.Length && text[k] is '(' or '[') { k = Balanced(text, k, text[k], text[k] == '(' ? ')' : ']') + 1; }
                    if (k == j) break;
                    j = k;
                    if (j >= text.Length || !(char.IsLetterOrDigit(text[j]) || text[j] is '.' or '(' or '[' or '_')) break;
                }
                // A trailing "." ends the sentence, not the expression.
                while (j > i + 1 && text[j - 1] is '.' or '?' or '!') j--;
            }
            for (var k = i; k < j && k < s.Length; k++) if (s[k] != '\n') s[k] = ' ';
            i = Math.Max(i, j - 1);
        }
    }

    private static bool IsControlHead(string text, int from, int to) =>
        text[from..to].Trim() is "if" or "foreach" or "for" or "while" or "switch" or "using" or "lock" or "await" or "await foreach";

    private static int Balanced(string text, int open, char up, char down)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\') i++;
                else if (c == q) quote = null;
                continue;
            }
            if (c is '"' or '\'') quote = c;
            else if (c == up) depth++;
            else if (c == down && --depth == 0) return i;
        }
        return text.Length - 1;
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)] private static partial Regex Comment();
    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)] private static partial Regex HtmlComment();
    [GeneratedRegex(@"<(style|script)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)] private static partial Regex StyleOrScript();
    [GeneratedRegex(@"^\s*@(page|using|inject|attribute|inherits|implements|layout|rendermode|typeparam|namespace|preservewhitespace)\b.*$", RegexOptions.Multiline)]
    private static partial Regex Directive();
    [GeneratedRegex(@"@(code|functions)\s*\{|@\{")] private static partial Regex CodeBlockStart();
    [GeneratedRegex(@"(?<name>[A-Za-z][\w\-:]*)\s*=\s*""(?<value>[^""]*)""")] private static partial Regex Attribute();
    [GeneratedRegex(@"\p{L}{2,}")] private static partial Regex Letters();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"&[#\w]+;")] private static partial Regex Entity();
    [GeneratedRegex(@"^(case\b.*:|default:|break;|return;|continue;|var\b.*;|.*\);\s*$|.*;\s*$)")] private static partial Regex CodeLine();
}
