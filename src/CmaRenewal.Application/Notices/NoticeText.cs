using System.Text;
using CmaRenewal.Application.Localization;

namespace CmaRenewal.Application.Notices;

/// <summary>The plain-text twin of <c>Notice.razor</c>: the same greeting, paragraphs, list, link and reason.</summary>
public static class NoticeText
{
    private static readonly AppText Text = new(typeof(NoticeText));

    /// <summary>"Hello Ana," in the current UI culture.</summary>
    public static string Hello(string firstName) => Text.Format("Hello", firstName);

    /// <summary>Who a notice names when the manager's own name is not known.</summary>
    public static string YourManager => Text["YourManager"];

    public static string Write(NoticeModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        text.AppendLine(model.Greeting).AppendLine();
        foreach (var paragraph in model.Paragraphs) text.AppendLine(paragraph).AppendLine();
        foreach (var line in model.Lines) text.Append("- ").Append(line.Title).Append(": ").AppendLine(line.Detail);
        if (model.Lines.Count > 0) text.AppendLine();
        text.Append(model.Action.Label).Append(": ").AppendLine(model.Action.Url);
        text.AppendLine().AppendLine("--").AppendLine(model.Reason);
        return text.ToString();
    }
}
