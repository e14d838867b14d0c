using System.Diagnostics;
using CmaRenewal.Core.Reminders;
using CmaRenewal.TestKit.Mail;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>
/// Servers A and B on one <see cref="SharedDatabase"/>, one shared certificate folder and one real SMTP server on
/// 127.0.0.1, each with its Hangfire server. A starts first (it finds the database migrated and makes the key ring),
/// then B. The hourly planning never fires on its own here: a test triggers runs, as an operator would.
/// </summary>
internal sealed class ServerPair : IAsyncDisposable
{
    // Room for one Hangfire retry: its first comes 15 to 45 s after a failed attempt.
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(75);

    private readonly (string Name, string Value)[] settings;
    private ServerProcess? b;

    private ServerPair(SharedDatabase database, TestSmtpServer smtp, (string, string)[] settings, ServerProcess a)
    {
        Database = database;
        Smtp = smtp;
        this.settings = settings;
        A = a;
        TwoServersAlone.SilenceHangfire();
        Jobs = database.Jobs();
    }

    public SharedDatabase Database { get; }
    public TestSmtpServer Smtp { get; }
    public ServerProcess A { get; }
    public ServerProcess B => b ?? throw new InvalidOperationException("Server B has not been started.");
    public JobStorage Jobs { get; }

    /// <summary>Both servers, A first.</summary>
    public static async Task<ServerPair> StartAsync(CancellationToken ct, params (string Name, string Value)[] extra)
    {
        var pair = await StartAAsync(ct, extra);
        try
        {
            await pair.StartBAsync(ct);
            return pair;
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }
    }

    /// <summary>Server A alone, for a test that starts B later (<see cref="StartBAsync"/>).</summary>
    public static async Task<ServerPair> StartAAsync(CancellationToken ct, params (string Name, string Value)[] extra)
    {
        var database = await SharedDatabase.CreateAsync();
        var smtp = await TestSmtpServer.StartAsync(ct);
        (string, string)[] settings =
        [
            .. database.ServerSettings(),
            ("Smtp__Host", TestSmtpServer.Host),
            ("Smtp__Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Smtp__Security", "None"),
            ("Jobs__Enabled", "true"),
            ("Jobs__PlanCron", Cron.Never()),
            ("Jobs__QueuePollInterval", "00:00:00.200"),
            .. extra,
        ];
        try
        {
            return new ServerPair(database, smtp, settings, await ServerProcess.StartAsync("A", settings, ct));
        }
        catch
        {
            await smtp.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
    }

    public async Task StartBAsync(CancellationToken ct) => b = await ServerProcess.StartAsync("B", settings, ct);

    /// <summary>Waits until every job has succeeded; a failed or stuck job fails the test with what the servers said.</summary>
    public async Task WaitForAsync(IReadOnlyCollection<string> jobIds, CancellationToken ct)
    {
        var monitoring = Jobs.GetMonitoringApi();
        var pending = new HashSet<string>(jobIds);
        var retried = new HashSet<string>();
        var deadline = Stopwatch.StartNew();
        while (pending.Count > 0)
        {
            if (deadline.Elapsed > JobTimeout)
                throw new TimeoutException($"Jobs {string.Join(", ", pending)} did not finish in {JobTimeout}.\n" +
                    $"{string.Join("\n", pending.Select(id => History(monitoring, id)))}\nA:\n{A.Output}\nB:\n{b?.Output}");
            foreach (var id in pending.ToList())
            {
                var state = monitoring.JobDetails(id)?.History.FirstOrDefault();
                if (state?.StateName == "Succeeded") pending.Remove(id);
                else if (state?.StateName == "Failed")
                    throw new InvalidOperationException($"Job {id} failed: {Describe(state)}\n{History(monitoring, id)}\nA:\n{A.Output}\nB:\n{b?.Output}");
                // A failed attempt that Hangfire retries later shows as Scheduled ("Retry attempt 1 of 10 ..."). A
                // retried run must still send each email once, as in production: wait for the retry, and say why it
                // came (one CI run saw a day's job stay unfinished for 30 s, cause not shown: this prints it).
                else if (state?.StateName == "Scheduled" && retried.Add(id))
                    TestContext.Current.TestOutputHelper?.WriteLine($"Retried: {Describe(state)}\n{History(monitoring, id)}");
            }
            if (pending.Count > 0) await Task.Delay(100, ct);
        }
    }

    /// <summary>
    /// The reminder emails once none is left queued, whichever server's job sends them; fails with the jobs still
    /// running if some stay queued. <paramref name="nudge"/>, when given, runs once a second meanwhile.
    /// </summary>
    public async Task<List<ReminderEmail>> SentAllAsync(CancellationToken ct, Action? nudge = null)
    {
        await using var db = Database.Context();
        var waited = Stopwatch.StartNew();
        var nudged = TimeSpan.Zero;
        while (true)
        {
            if (nudge is not null && waited.Elapsed - nudged >= TimeSpan.FromSeconds(1))
            {
                nudge();
                nudged = waited.Elapsed;
            }
            var emails = await ReminderEmail.InAsync(db, ct);
            var queued = emails.Where(e => e.Status != OutboxStatus.Sent).ToList();
            if (queued.Count == 0) return emails;
            if (waited.Elapsed > DrainTimeout)
                throw new TimeoutException($"Still not sent after {DrainTimeout}: {string.Join(", ", queued)}. Jobs running: " +
                    string.Join(", ", Jobs.GetMonitoringApi().ProcessingJobs(0, 20).Select(j => $"{j.Value.Job?.Type.Name} on {j.Value.ServerId} since {j.Value.StartedAt:O}")));
            await Task.Delay(250, ct);
        }
    }

    private static string Describe(StateHistoryDto state) =>
        state.Data.TryGetValue("ExceptionMessage", out var message) ? message : state.Reason ?? "";

    /// <summary>Every state the job went through, oldest first, with the server, worker and reason of each.</summary>
    private static string History(IMonitoringApi monitoring, string jobId) =>
        $"Job {jobId}: " + string.Join(" -> ", (monitoring.JobDetails(jobId)?.History ?? []).AsEnumerable().Reverse().Select(s =>
            $"{s.StateName} at {s.CreatedAt:HH:mm:ss.fff}" +
            (s.Data.TryGetValue("ServerId", out var server) ? $" on {server}" : "") +
            (s.Data.TryGetValue("WorkerId", out var worker) ? $"/{worker}" : "") +
            (string.IsNullOrEmpty(s.Reason) ? "" : $" ({s.Reason})") +
            (s.Data.TryGetValue("ExceptionMessage", out var message) ? $": {message}" : "")));

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        if (b is not null) await b.DisposeAsync();
        (Jobs as IDisposable)?.Dispose();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }
}
