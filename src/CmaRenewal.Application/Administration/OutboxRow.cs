using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Administration;

/// <summary>An outbox email as the admin list shows it; the bodies are loaded only for a preview.</summary>
public sealed record OutboxRow(
    long Id, DateTime CreatedAtUtc, string To, string Subject, OutboxPurpose Purpose, OutboxStatus Status,
    int Attempts, string? LastError, DateTime? SentAtUtc)
{
    /// <summary>Queued rows are already waiting for the sender; the others can go again.</summary>
    public bool CanResend => Status is OutboxStatus.Failed or OutboxStatus.Sent;
}

/// <summary>Narrows the list: one status, and a piece of the recipient's address.</summary>
public sealed record OutboxFilter(OutboxStatus? Status = null, string? Recipient = null);

public sealed record OutboxPage(IReadOnlyList<OutboxRow> Rows, int Total);

/// <summary>What a preview may show: account emails carry sign-in links, so their bodies are never shown.</summary>
public sealed record OutboxBody(OutboxPurpose Purpose, bool IsSensitive, string? HtmlBody, string? TextBody);
