using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CmaRenewal.Infrastructure.Compliance;

public static class ComplianceModule
{
    /// <summary>
    /// Loads the rule packs now (from <c>Rules:Directory</c>, else the packs shipped with the app), so a broken pack
    /// stops the app at start with the file and field named; then registers the engine and its queries.
    /// </summary>
    public static IHostApplicationBuilder AddCmaCompliance(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var folder = builder.Configuration["Rules:Directory"];
        var catalog = string.IsNullOrWhiteSpace(folder)
            ? RuleCatalog.LoadShipped()
            : RuleCatalog.LoadDirectory(Path.GetFullPath(folder, builder.Environment.ContentRootPath));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(sp => new ComplianceEngine(catalog, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddScoped<ComplianceQueries>();
        builder.Services.AddScoped<DemoSeeder>();
        return builder;
    }
}
