namespace CmaRenewal.Web.Emails.Templates;

/// <summary>Inline styles: mail clients drop &lt;style&gt; blocks and external sheets, so every element carries its own.</summary>
public static class EmailStyle
{
    public const string Font = "font-family:Arial,Helvetica,sans-serif;color:#1f2933;";
    public const string Heading = Font + "font-size:13px;font-weight:bold;text-transform:uppercase;letter-spacing:0.5px;color:#52606d;margin:0 0 8px;";
    public const string Title = Font + "font-size:16px;font-weight:bold;margin:0 0 4px;";
    public const string Text = Font + "font-size:14px;line-height:20px;margin:0 0 4px;";
    public const string Item = "padding:10px 12px;margin:0 0 10px;border-left:4px solid #1565c0;background:#f5f8fc;";
    public const string Warning = "padding:10px 12px;margin:0 0 10px;border-left:4px solid #c62828;background:#fdf3f3;";
    public const string Cell = Font + "font-size:13px;padding:6px 8px;border-bottom:1px solid #e4e7eb;text-align:left;vertical-align:top;";
    public const string HeaderCell = Cell + "font-weight:bold;background:#eef1f5;";
    public const string Footer = Font + "font-size:12px;line-height:18px;color:#616e7c;margin:0 0 6px;";
    public const string Link = "color:#1565c0;text-decoration:underline;";
}
