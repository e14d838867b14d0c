using CmaRenewal.Core.Rules;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting;

/// <summary>Failures at start that an operator fixes by editing a file or a setting, with the message they need.</summary>
internal static class StartupFailure
{
    public static bool IsExplained(Exception ex) => Unwrap(ex) is RulePackException or OptionsValidationException or AdminCommandException;

    /// <summary>The process exit code: an admin command's own, else 1.</summary>
    /// <summary>A broken rule pack or setting, or a mistyped admin command: say which on stderr, without a stack trace.</summary>
    public static async Task<int> ReportAsync(Exception ex, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        await error.WriteLineAsync(IsCommandError(ex) ? $"CmaRenewal: {Explain(ex)}" : $"CmaRenewal cannot start: {Explain(ex)}");
        return ExitCode(ex);
    }

    public static bool IsCommandError(Exception ex) => Unwrap(ex) is AdminCommandException;

    public static int ExitCode(Exception ex) => Unwrap(ex) is AdminCommandException command ? command.ExitCode : 1;

    public static string Explain(Exception ex) => Unwrap(ex) switch
    {
        OptionsValidationException options => string.Join(" ", options.Failures),
        var inner => inner.Message,
    };

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : ex;
}
