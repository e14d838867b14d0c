using CmaRenewal.Core.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CmaRenewal.Infrastructure.Reminders;

public static class ReminderModule
{
    /// <summary>The reminder planner and its settings (<c>Reminders:SendAt</c>, <c>Reminders:ManagerDigestDay</c>), checked at start.</summary>
    public static IHostApplicationBuilder AddCmaReminders(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ReminderPlanner>();
        builder.Services.AddScoped<IReminderPlanning>(sp => sp.GetRequiredService<ReminderPlanner>());
        return builder;
    }
}
