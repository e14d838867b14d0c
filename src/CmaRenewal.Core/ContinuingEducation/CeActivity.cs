using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.ContinuingEducation;

/// <summary>
/// A CE activity a person completed, stored as printed on its certificate. It may be split across categories and
/// counts toward the credentials it is linked to. Every change takes a new <see cref="Version"/>.
/// </summary>
public sealed partial class CeActivity
{
    public const int TitleMaxLength = 300;
    public const int ProviderMaxLength = 200;
    public const int ApprovalNumberMaxLength = 60;
    public const int UnitMaxLength = 20;
    public const int KindMaxLength = 40;
    public const int CategoryMaxLength = 40;
    public const int CommentMaxLength = 1000;

    private readonly List<CeActivitySplit> splits = [];
    private readonly List<CeActivityCredential> countsToward = [];

    // For EF Core.
    private CeActivity()
    {
        Title = Provider = Unit = Kind = "";
    }

    public CeActivity(long personId, CeActivityDetails details, DateTime createdAtUtc)
    {
        PersonId = Require.Id(personId, nameof(personId));
        CreatedAtUtc = Require.Utc(createdAtUtc, nameof(createdAtUtc));
        Title = Provider = Unit = Kind = "";
        Apply(details);
    }

    public long Id { get; private set; }
    public long PersonId { get; private set; }
    public DateOnly CompletedOn { get; private set; }
    public string Title { get; private set; }
    public string Provider { get; private set; }
    public string? ApprovalNumber { get; private set; }

    /// <summary>The amount as printed, ×100 (2.5 CEU is 250), so SQL can sum it exactly on every database.</summary>
    public long AmountHundredths { get; private set; }

    /// <summary>One of <see cref="Units.All"/>.</summary>
    public string Unit { get; private set; }

    /// <summary>See <see cref="ActivityKinds"/>.</summary>
    public string Kind { get; private set; }

    /// <summary>Null when the activity is split (see <see cref="Splits"/>) or has no category.</summary>
    public string? Category { get; private set; }

    public bool IsApprovedProvider { get; private set; }
    public VerificationStatus Verification { get; private set; }
    public string? VerificationComment { get; private set; }
    public CertificateFile? Certificate { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When its owner deleted it; while set, every reader treats the entry as gone (see <see cref="Delete"/>).</summary>
    public DateTime? DeletedAtUtc { get; private set; }

    /// <summary>Concurrency token: replaced on every change.</summary>
    public Guid Version { get; private set; }

    public decimal Amount => AmountHundredths / 100m;
    public IReadOnlyCollection<CeActivitySplit> Splits => splits;
    public IReadOnlyCollection<CeActivityCredential> CountsToward => countsToward;
    public bool IsSplit => splits.Count > 0;
}
