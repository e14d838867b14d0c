using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.ContinuingEducation;

public sealed partial class CeActivity
{
    /// <summary>Corrects what was typed in. A corrected activity needs verifying again.</summary>
    public void Revise(CeActivityDetails details)
    {
        if (IsSplit && details.Category is null && details.AmountHundredths != AmountHundredths)
            throw new InvalidOperationException("The amount of a split activity changes with its split: call SplitAcross.");
        Apply(details);
        if (details.Category is not null) splits.Clear();
        Verification = VerificationStatus.Unverified;
        VerificationComment = null;
    }

    /// <summary>Shares the amount between categories; the shares must add up to the whole amount.</summary>
    public void SplitAcross(IReadOnlyList<SplitShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        if (shares.Count < 2) throw new ArgumentException("A split needs at least two categories.", nameof(shares));
        var categories = shares.Select(s => Require.Text(s.Category, CategoryMaxLength, nameof(shares))).ToList();
        if (categories.Distinct(StringComparer.OrdinalIgnoreCase).Count() != categories.Count)
            throw new ArgumentException("Each category may appear once in a split.", nameof(shares));
        if (shares.Any(s => s.AmountHundredths <= 0) || shares.Sum(s => s.AmountHundredths) != AmountHundredths)
            throw new ArgumentException("The shares must be positive and add up to the activity's amount.", nameof(shares));
        splits.Clear();
        splits.AddRange(shares.Select((s, i) => new CeActivitySplit(categories[i], s.AmountHundredths)));
        Category = null;
        Touch();
    }

    public void Verify(string? comment = null) => Judge(VerificationStatus.Verified, comment);

    public void Reject(string comment) =>
        Judge(VerificationStatus.Rejected, Require.Text(comment, CommentMaxLength, nameof(comment)));

    public void AttachCertificate(CertificateFile certificate)
    {
        Certificate = certificate ?? throw new ArgumentNullException(nameof(certificate));
        Touch();
    }

    public void RemoveCertificate()
    {
        Certificate = null;
        Touch();
    }

    /// <summary>
    /// How long a deleted entry can be brought back. A delete only marks the row (a soft delete): the database's query
    /// filter hides it from every reader, and <see cref="Restore"/> within this window returns the very same row, with
    /// its links, splits and certificate untouched. Older marked rows are purged for good by the next delete.
    /// </summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(15);

    public bool IsDeleted => DeletedAtUtc is not null;

    public void Delete(DateTime nowUtc)
    {
        if (IsDeleted) throw new InvalidOperationException("This entry is already deleted.");
        DeletedAtUtc = Require.Utc(nowUtc, nameof(nowUtc));
        Touch();
    }

    /// <summary>Whether <see cref="Restore"/> is still allowed at <paramref name="nowUtc"/>.</summary>
    public bool CanRestore(DateTime nowUtc) => DeletedAtUtc is { } deleted && nowUtc - deleted <= UndoWindow;

    public void Restore(DateTime nowUtc)
    {
        if (!CanRestore(nowUtc)) throw new InvalidOperationException("This entry can no longer be restored.");
        DeletedAtUtc = null;
        Touch();
    }

    private void Judge(VerificationStatus status, string? comment)
    {
        Verification = status;
        VerificationComment = Require.OptionalText(comment, CommentMaxLength, nameof(comment));
        Touch();
    }

    private void Apply(CeActivityDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.AmountHundredths <= 0)
            throw new ArgumentOutOfRangeException(nameof(details), details.AmountHundredths, "The amount must be positive.");
        CompletedOn = details.CompletedOn;
        foreach (var link in countsToward) link.Follow(CompletedOn);
        Title = Require.Text(details.Title, TitleMaxLength, nameof(details.Title));
        Provider = Require.Text(details.Provider, ProviderMaxLength, nameof(details.Provider));
        ApprovalNumber = Require.OptionalText(details.ApprovalNumber, ApprovalNumberMaxLength, nameof(details.ApprovalNumber));
        AmountHundredths = details.AmountHundredths;
        Unit = Units.All.FirstOrDefault(u => string.Equals(u, details.Unit?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{details.Unit}' is not a known unit.", nameof(details));
        Kind = Require.Text(details.Kind, KindMaxLength, nameof(details.Kind));
        Category = Require.OptionalText(details.Category, CategoryMaxLength, nameof(details.Category));
        IsApprovedProvider = details.IsApprovedProvider;
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();
}
