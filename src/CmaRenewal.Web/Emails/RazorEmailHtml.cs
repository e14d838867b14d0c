using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CmaRenewal.Web.Emails;

/// <summary>Renders an email template (a Razor component with one <c>Model</c> parameter) to HTML outside any circuit.</summary>
public sealed class RazorEmailHtml(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync<TTemplate>(object model) where TTemplate : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            return (await renderer.RenderComponentAsync<TTemplate>(parameters)).ToHtmlString();
        });
    }
}
