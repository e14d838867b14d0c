using System.Collections.Concurrent;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CmaRenewal.TestKit.Mail;

/// <summary>
/// Answers RCPT TO per address: accept, 550 (refused for good) or 451 (try later), after <see cref="Delay"/> when
/// one is set (a slow server, so a test can catch a client between two messages).
/// </summary>
internal sealed class RecipientRules : IMailboxFilter
{
    public enum Answer { Accept, Refuse, Defer }

    private readonly ConcurrentDictionary<string, Answer> answers = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string address, Answer answer) => answers[address] = answer;

    public TimeSpan Delay { get; set; }

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public async Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
    {
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, cancellationToken);
        return answers.GetValueOrDefault($"{to.User}@{to.Host}") switch
        {
            // The server turns false into 550 mailbox unavailable.
            Answer.Refuse => false,
            Answer.Defer => throw new SmtpResponseException(new SmtpResponse(SmtpReplyCode.Aborted, "Try again later")),
            _ => true,
        };
    }
}
