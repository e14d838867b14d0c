using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace CmaRenewal.TestKit.Mail;

/// <summary>
/// A real SMTP server on 127.0.0.1 and a free port. It records what it accepts (<see cref="Received"/>) and how many
/// sessions were opened, refuses chosen mailboxes with 550 or 451, and can be stopped and started again on the same
/// port to play an outage.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly RecipientRules rules = new();
    private readonly RecordingStore store = new();
    private SmtpServerHost? server;
    private CancellationTokenSource? stopping;
    private Task running = Task.CompletedTask;
    private int sessions;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }
    public const string Host = "127.0.0.1";
    public int SessionCount => Volatile.Read(ref sessions);
    public IReadOnlyList<ReceivedMail> Received => [.. store.Messages];

    /// <summary>A server already listening.</summary>
    public static async Task<TestSmtpServer> StartAsync(CancellationToken cancellationToken)
    {
        var smtp = new TestSmtpServer(FreePort());
        await smtp.StartAgainAsync(cancellationToken);
        return smtp;
    }

    /// <summary>Answers 550 (mailbox unavailable) to RCPT TO for this address.</summary>
    public void Refuse(string address) => rules.Set(address, RecipientRules.Answer.Refuse);

    /// <summary>Answers 451 (try again later) to RCPT TO for this address until <see cref="Accept"/>.</summary>
    public void Defer(string address) => rules.Set(address, RecipientRules.Answer.Defer);

    public void Accept(string address) => rules.Set(address, RecipientRules.Answer.Accept);

    /// <summary>
    /// Waits this long before answering each RCPT TO. A client killed during the wait has not sent the message, so
    /// the server never holds a message its sender did not see accepted.
    /// </summary>
    public void AnswerRecipientsAfter(TimeSpan delay) => rules.Delay = delay;

    /// <summary>Returns once the port accepts connections.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken)
    {
        if (server is not null) throw new InvalidOperationException("The SMTP server is already running.");
        var listeners = new NoDelayListenerFactory();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        services.Add(rules);
        services.Add(listeners);
        server = new SmtpServerHost(options, services);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref sessions);
        stopping = new CancellationTokenSource();
        running = server.StartAsync(stopping.Token);
        await Task.WhenAny(listeners.Listening, running).WaitAsync(cancellationToken);
        if (running.IsFaulted) await running;
    }

    /// <summary>Closes the port and every open session: clients see the connection drop or be refused.</summary>
    public async Task StopAsync()
    {
        if (server is null) return;
        server.Shutdown();
        await stopping!.CancelAsync();
        try { await running; }
        catch (OperationCanceledException) { }
        stopping.Dispose();
        server = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
