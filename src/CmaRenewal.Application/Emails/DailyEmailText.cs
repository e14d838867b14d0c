using System.Globalization;
using System.Text;

namespace CmaRenewal.Application.Emails;

/// <summary>The plain-text twin of <c>DailyEmail.razor</c>: the same sections, items and footer links, in the same order.</summary>
public static class DailyEmailText
{
    public static string Write(DailyEmailModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        text.AppendLine(model.Subject).AppendLine();
        foreach (var section in model.Sections)
        {
            text.AppendLine(section.Key.Heading.ToUpper(CultureInfo.CurrentCulture));
            foreach (var item in section)
            {
                text.AppendLine(item.Title);
                foreach (var line in item.TextLines()) text.AppendLine(line);
                text.AppendLine();
            }
        }
        var footer = model.Footer;
        text.AppendLine("--").AppendLine(footer.Reason);
        text.Append(EmailFooterModel.PreferencesLabel).Append(": ").AppendLine(footer.PreferencesUrl);
        foreach (var link in footer.Unsubscribes) text.Append(link.Label).Append(": ").AppendLine(link.Url);
        text.Append(EmailFooterModel.SnoozeLabel).Append(": ").AppendLine(footer.SnoozeUrl);
        return text.ToString();
    }
}
