namespace CmaRenewal.Core.ContinuingEducation;

public sealed partial class CeActivity
{
    public void CountToward(long credentialId)
    {
        if (credentialId <= 0) throw new ArgumentOutOfRangeException(nameof(credentialId), credentialId, "Not a saved credential.");
        if (countsToward.Any(l => l.CredentialId == credentialId)) return;
        countsToward.Add(new CeActivityCredential(credentialId, CompletedOn));
        Touch();
    }

    /// <summary>Unlinks a credential; an activity a renewal already used stays with that renewal.</summary>
    public void StopCountingToward(long credentialId)
    {
        var link = countsToward.SingleOrDefault(l => l.CredentialId == credentialId);
        if (link is null) return;
        if (link.IsClaimed) throw new InvalidOperationException("A renewal already used this activity for that credential.");
        countsToward.Remove(link);
        Touch();
    }

    /// <summary>Marks the activity as used by a renewal of the credential, so it never carries over.</summary>
    public void MarkClaimed(long credentialId, long renewalId)
    {
        var link = countsToward.SingleOrDefault(l => l.CredentialId == credentialId)
            ?? throw new InvalidOperationException("The activity does not count toward that credential.");
        if (renewalId <= 0) throw new ArgumentOutOfRangeException(nameof(renewalId), renewalId, "Not a saved renewal.");
        link.ClaimFor(renewalId);
        Touch();
    }

    /// <summary>The engine's view for one credential; splits and links must have been loaded.</summary>
    public ActivityFacts ToFacts(long credentialId)
    {
        IReadOnlyList<CategoryShare> shares = IsSplit
            // In the order entered: the first share carries the activity's count, as in the SQL totals.
            ? [.. splits.OrderBy(s => s.Id).Select(s => new CategoryShare(s.Category, s.AmountHundredths / 100m))]
            : [new CategoryShare(Category, Amount)];
        var claimed = countsToward.Any(l => l.CredentialId == credentialId && l.IsClaimed);
        return new ActivityFacts(Id, CompletedOn, Unit, shares, IsApprovedProvider, Kind, claimed);
    }
}
