namespace CmaRenewal.Web.Hosting.RateLimits;

/// <summary>
/// <c>RateLimits</c>: how many requests fit in a fixed window, per client address, account or token. Counters live
/// in each server's memory; the account lockout (in the database) still backs sign-in across servers and restarts.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in and password-reset posts from one address: stops one machine trying many accounts.</summary>
    public WindowLimit SignInPerIp { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(5) };

    /// <summary>Sign-in and password-reset posts naming one email, from anywhere: stops guessing spread over many machines.</summary>
    public WindowLimit SignInPerAccount { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) };

    /// <summary>API requests carrying one token.</summary>
    public WindowLimit ApiPerToken { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>API and calendar requests from one address, with or without a valid token: bounds guessing and floods.</summary>
    public WindowLimit ApiAndCalendarPerIp { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Fetches of one calendar feed; calendar apps poll every few minutes to hours, from several devices.</summary>
    public WindowLimit CalendarPerToken { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromHours(1) };

    public IEnumerable<(string Name, WindowLimit Limit)> All =>
    [
        (nameof(SignInPerIp), SignInPerIp), (nameof(SignInPerAccount), SignInPerAccount), (nameof(ApiPerToken), ApiPerToken),
        (nameof(ApiAndCalendarPerIp), ApiAndCalendarPerIp), (nameof(CalendarPerToken), CalendarPerToken),
    ];
}

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public bool IsValid => PermitLimit >= 1 && Window >= TimeSpan.FromSeconds(1) && Window <= TimeSpan.FromDays(1);
}
