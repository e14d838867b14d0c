using MimeKit;

namespace CmaRenewal.TestKit.Mail;

/// <summary>What <see cref="TestSmtpServer"/> accepted: the parsed message and the envelope recipients (RCPT TO).</summary>
public sealed record ReceivedMail(MimeMessage Message, IReadOnlyList<string> Recipients);
