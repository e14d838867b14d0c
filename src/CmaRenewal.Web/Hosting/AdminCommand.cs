using System.Globalization;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.Web.Hosting;

/// <summary>A mistyped admin command line, or a name it gives that does not exist; the message says which.</summary>
public sealed class AdminCommandException(string message, int exitCode = 1) : Exception(message)
{
    /// <summary>1 for a mistyped command; 2 when the command is well formed but names something that is not there.</summary>
    public int ExitCode { get; } = exitCode;
}

/// <summary>
/// Admin verbs on the app's own executable, sharing its configuration:
/// <c>migrate</c>, <c>seed-demo [--size small|large|CREDENTIALS]</c>, <c>reminders run [--as-of YYYY-MM-DD] [--dry-run]</c> and
/// <c>export-compliance [--as-of YYYY-MM-DD] [--clinic NAME] [--format csv|xlsx] [--out FILE] [--pivot]</c> and
/// <c>import people|credentials|activities FILE [--dry-run] [--skip-invalid]</c> and <c>backup FILE [--force]</c> and
/// <c>create-admin EMAIL --first NAME --last NAME --clinic NAME [--time-zone IANA]</c> and <c>rebuild-totals</c>.
/// Returns the process exit code.
/// </summary>
public abstract partial record AdminCommand
{
    public const string Usage = "Commands: migrate | seed-demo [--size small|large|CREDENTIALS] | reminders run [--as-of YYYY-MM-DD] [--dry-run]"
        + " | export-compliance [--as-of YYYY-MM-DD] [--clinic NAME] [--format csv|xlsx] [--out FILE] [--pivot]"
        + " | import people|credentials|activities FILE [--dry-run] [--skip-invalid] [--language=en|es] | backup FILE [--force]"
        + " | create-admin EMAIL --first NAME --last NAME --clinic NAME [--time-zone IANA] | rebuild-totals";

    public static bool IsCommand(IReadOnlyList<string> args) => args.Count > 0 && !args[0].StartsWith('-'); // else web host options such as --urls

    public static AdminCommand? Parse(IReadOnlyList<string> args)
    {
        if (!IsCommand(args)) return null;
        return args[0] switch
        {
            "migrate" => new Migrate(),
            "seed-demo" => new SeedDemo(ParseSize(args)),
            "reminders" => ParseReminders(args),
            "export-compliance" => ParseExportCompliance(args),
            "import" => ParseImport(args),
            "backup" => ParseBackup(args),
            "create-admin" => ParseCreateAdmin(args),
            "rebuild-totals" when args.Count == 1 => new RebuildTotals(),
            "rebuild-totals" => throw new AdminCommandException($"rebuild-totals takes no arguments. {Usage}"),
            _ => throw new AdminCommandException($"Unknown command '{args[0]}'. {Usage}"),
        };
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await ExecuteAsync(scope.ServiceProvider, output, ct);
    }

    protected abstract Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct);

    /// <summary>The value after <paramref name="name"/>; "" when it is the last argument; null when absent.</summary>
    private static string? Option(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at < 0 ? null : at + 1 < args.Count ? args[at + 1] : "";
    }

    private static DateOnly? ParseAsOf(IReadOnlyList<string> args) => Option(args, "--as-of") is { } value
        ? DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new AdminCommandException($"--as-of must be a date like 2026-12-01, not '{value}'.")
        : null;

    /// <summary>
    /// A verb runs without starting the web host: bring the database up to date and apply the admins' rule overrides
    /// first, as the host does at start, so verbs judge by the same rules as the app.
    /// </summary>
    private static async Task PrepareAsHostDoesAsync(IServiceProvider scoped, CancellationToken ct)
    {
        await scoped.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        await scoped.GetRequiredService<RuleOverrides>().ReloadAsync(ct);
    }

    private static DemoSize ParseSize(IReadOnlyList<string> args)
    {
        var value = Option(args, "--size");
        if (value is null) return DemoSize.Small;
        return DemoSize.Parse(value) ?? throw new AdminCommandException(string.Create(CultureInfo.InvariantCulture,
            $"--size must be small, large or a number of credentials from {DemoSize.MinCredentials:N0} to {DemoSize.MaxCredentials:N0}, not '{value}'."));
    }

    private sealed record Migrate : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            await scoped.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            await output.WriteLineAsync("The database is up to date.");
            return 0;
        }
    }

    /// <summary>Seeds a demo of <paramref name="Size"/>; public so the parser's tests can read which size a command line names.</summary>
    public sealed record SeedDemo(DemoSize Size) : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            await scoped.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var result = await scoped.GetRequiredService<DemoSeeder>().SeedAsync(Size, ct);
            await output.WriteLineAsync(result.Message);
            // The same accounts and logins the first start gives, so a seeded database can be signed in to at once.
            var logins = await scoped.GetRequiredService<DemoAccounts>().PrepareAsync(ct);
            foreach (var login in logins) await output.WriteLineAsync(login.Text);
            if (logins.Count == 0) await output.WriteLineAsync("No demo sign-ins: only the small demo's people have accounts.");
            return result.Seeded ? 0 : 1;
        }
    }
}
