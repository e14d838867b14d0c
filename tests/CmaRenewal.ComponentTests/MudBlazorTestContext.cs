using Microsoft.Extensions.DependencyInjection;
using CmaRenewal.Application.Localization;
using CmaRenewal.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;

namespace CmaRenewal.ComponentTests;

/// <summary>
/// bUnit context with MudBlazor's services, the base of every component test. MudBlazor registers services that
/// are only <see cref="IAsyncDisposable"/>, so the context must be disposed asynchronously: xunit v3 calls
/// <see cref="BunitContext.DisposeAsync"/> on a test class that has it, and this class keeps it that way.
/// </summary>
public abstract class MudBlazorTestContext : BunitContext
{
    protected MudBlazorTestContext()
    {
        // MudBlazor calls JS for layout and popovers; calls nobody set up return defaults instead of failing.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        // Components read their texts through IStringLocalizer; a test renders English unless it switches with
        // AppCulture.Use("es") around the render; MudBlazor's own texts follow through the app's MudLocalizer.
        Services.AddLocalization();
        Services.AddTransient<MudLocalizer, AppMudLocalizer>();
    }

    /// <summary>Renders in <paramref name="language"/> ("en" or "es"); the markup stays as rendered in it.</summary>
    protected IRenderedComponent<TComponent> RenderIn<TComponent>(string language,
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null) where TComponent : IComponent
    {
        using (AppCulture.Use(language)) return Render(parameters);
    }
}
