using Microsoft.AspNetCore.Components;

namespace CmaRenewal.Web.Components;

/// <summary>
/// A Material icon as MudIcon's markup, without the MudIcon component: for icons repeated on pages every circuit keeps
/// open (the menu, the grid's rows), where a component per icon is memory held for as long as the circuit lives.
/// </summary>
public static class SvgIcon
{
    /// <summary>The icon's <c>svg</c>; <paramref name="classes"/> add to MudIcon's own (size, colour, placement).</summary>
    public static RenderFragment Render(string icon, string classes = "mud-icon-size-medium") => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", $"mud-icon-root mud-svg-icon {classes}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };
}
