using System.ComponentModel.DataAnnotations;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// <c>Jobs</c> settings. <see cref="Enabled"/> (default true) runs the in-process Hangfire server and registers the
/// recurring schedules; tests and admin verbs turn it off. Crons are UTC, five fields.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public bool Enabled { get; set; } = true;

    /// <summary>Hourly: the planner itself decides whose local 08:00 has come.</summary>
    [Required(ErrorMessage = "Jobs:PlanCron must not be empty.")]
    public string PlanCron { get; set; } = "0 * * * *";

    /// <summary>Every minute: due and retrying outbox rows go out promptly.</summary>
    [Required(ErrorMessage = "Jobs:SendCron must not be empty.")]
    public string SendCron { get; set; } = "* * * * *";

    /// <summary>Two are plenty: both jobs refuse to run concurrently with themselves.</summary>
    [Range(1, 20, ErrorMessage = "Jobs:WorkerCount must be between 1 and 20.")]
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often a SQLite worker looks for queued jobs (the storage's default of 15 s makes a resend feel stuck).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
