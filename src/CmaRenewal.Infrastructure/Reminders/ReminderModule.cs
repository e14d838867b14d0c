using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CmaRenewal.Infrastructure.Reminders;

public static class ReminderModule
{
    /// <summary>
    /// The reminder planner, its settings (<c>Reminders:SendAt</c>, <c>Reminders:ManagerDigestDay</c>,
    /// <c>Reminders:SendLease</c>), checked at start, a mark at start that has the next run judge everyone (see
    /// <see cref="ReminderStartMark"/>), and the app's meter that planner and sender count on.
    /// </summary>
    public static IHostApplicationBuilder AddCmaReminders(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CmaMetrics>();
        builder.Services.AddScoped<ReminderPlanner>();
        builder.Services.AddScoped<IReminderPlanning>(sp => sp.GetRequiredService<ReminderPlanner>());
        builder.Services.AddHostedService<ReminderStartMark>();
        return builder;
    }
}
