using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Compliance;

public static class ComplianceModule
{
    /// <summary>
    /// Loads the rule packs now (from <c>Rules:Directory</c>, else the packs shipped with the app), so a broken pack
    /// stops the app at start with the file and field named; then registers the engine and its queries. Admin overrides
    /// saved in the database join the catalog when the host starts (<see cref="RuleOverridesStartup"/>). The organisation's
    /// policies (<see cref="PolicyOptions"/>) are checked at start and handed to the engine.
    /// </summary>
    public static IHostApplicationBuilder AddCmaCompliance(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var folder = builder.Configuration["Rules:Directory"];
        var catalog = string.IsNullOrWhiteSpace(folder)
            ? RuleCatalog.LoadShipped()
            : RuleCatalog.LoadDirectory(Path.GetFullPath(folder, builder.Environment.ContentRootPath));

        builder.Services.TryAddSingleton(TimeProvider.System);
        var holder = new RuleCatalogHolder(catalog);
        builder.Services.AddSingleton(holder);
        builder.Services.AddSingleton<IRuleCatalogSource>(holder);
        // Whoever asks for the catalog gets the one in force now, admin overrides included.
        builder.Services.AddTransient(_ => holder.Current);
        builder.Services.AddOptions<PolicyOptions>().BindConfiguration(PolicyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new ComplianceEngine(holder, sp.GetRequiredService<TimeProvider>(),
            new StatusPolicy(CeLeadTimeDays: sp.GetRequiredService<IOptions<PolicyOptions>>().Value.CeLeadTimeDays)));
        builder.Services.AddSingleton<CeTotalsStore>();
        builder.Services.AddScoped<RuleOverrides>();
        builder.Services.AddHostedService<RuleOverridesStartup>();
        builder.Services.AddScoped<ComplianceQueries>();
        builder.Services.AddScoped<DemoSeeder>();
        return builder;
    }
}
