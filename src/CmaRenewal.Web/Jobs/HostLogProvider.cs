using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// Hangfire's log provider is a process-wide static that <c>AddHangfire</c> points at the last host's logger factory.
/// With two hosts in one process (the tests), the first to stop disposes that factory while the other's server still
/// asks it for loggers, and Hangfire's calls (even <c>RecurringJobManager.Trigger</c>) then throw. A logger asked for
/// after its factory is gone is silent instead.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static readonly SilentLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
