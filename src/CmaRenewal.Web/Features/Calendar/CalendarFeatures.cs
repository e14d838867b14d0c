using CmaRenewal.Application.Calendar;

namespace CmaRenewal.Web.Features.Calendar;

public static class CalendarFeatures
{
    /// <summary>Secret iCalendar feeds of milestones: a person's own, and one per clinic a manager manages.</summary>
    public static IHostApplicationBuilder AddCalendarFeeds(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CalendarLinks>();
        builder.Services.AddScoped<CalendarFeeds>();
        builder.Services.AddScoped<CalendarFeedContent>();
        return builder;
    }

    public static WebApplication MapCalendarFeeds(this WebApplication app)
    {
        app.MapCalendarFeed();
        return app;
    }
}
