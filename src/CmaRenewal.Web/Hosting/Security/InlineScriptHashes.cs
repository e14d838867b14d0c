using System.Text.RegularExpressions;

namespace CmaRenewal.Web.Hosting.Security;

/// <summary>
/// For the few third-party pages that write their own inline script (the API reference page), the page is held
/// back until written, each inline script's hash is added to the policy, and the page is sent. Small pages only:
/// the app's own pages never pass through here, so streaming rendering is untouched.
/// </summary>
public static partial class InlineScriptHashes
{
    public static async Task HashInlineScriptsAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var body = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }
        buffer.Position = 0;
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var html = await new StreamReader(buffer, leaveOpen: true).ReadToEndAsync(context.RequestAborted);
            context.Items[SecurityHeaders.ScriptHashesItem] = InlineScript().Matches(html)
                .Select(m => SecurityHeaders.HashSource(m.Groups["body"].Value)).ToList();
            buffer.Position = 0;
        }
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    // A script element without a src attribute, and its exact text.
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
