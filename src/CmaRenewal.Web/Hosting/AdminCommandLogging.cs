using Microsoft.Extensions.Logging.Console;

namespace CmaRenewal.Web.Hosting;

public static class AdminCommandLogging
{
    /// <summary>
    /// For an admin verb, every console log line goes to stderr: stdout is the verb's output (an export's CSV is piped
    /// into files and other programs), and a migration's "info:" line there would corrupt it.
    /// </summary>
    public static IHostApplicationBuilder KeepStdoutForAdminCommands(this IHostApplicationBuilder builder, IReadOnlyList<string> args)
    {
        if (AdminCommand.IsCommand(args))
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }
}
