using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CmaRenewal.Web.Emails;

/// <summary>
/// Renders an email template (a Razor component with one <c>Model</c> parameter) to HTML outside any circuit, in the
/// caller's current culture (the recipient's language, which the renderers switch to).
/// </summary>
public sealed class RazorEmailHtml(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync<TTemplate>(object model) where TTemplate : IComponent
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // The renderer's dispatcher runs the template on its own context; the culture is carried over explicitly.
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            return (await renderer.RenderComponentAsync<TTemplate>(parameters)).ToHtmlString();
        });
    }
}
