using Hangfire.Logging;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>
/// The two-server tests run alone, after the parallel ones. Their servers are timed (a kill between two emails), and
/// the test process reads Hangfire's storage itself: Hangfire logs through one process-wide provider, which every
/// in-process app points at its own logger factory, disposed with that app.
/// </summary>
[CollectionDefinition(nameof(TwoServersAlone), DisableParallelization = true)]
public sealed class TwoServersAlone
{
    /// <summary>Hangfire's logging in this process, once the in-process apps that set it are gone: none.</summary>
    internal static void SilenceHangfire() => LogProvider.SetCurrentLogProvider(new Silent());

    private sealed class Silent : ILogProvider
    {
        public ILog GetLogger(string name) => new Nothing();
    }

    private sealed class Nothing : ILog
    {
        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
