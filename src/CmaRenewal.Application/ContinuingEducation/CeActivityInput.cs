using CmaRenewal.Core.Rules;

namespace CmaRenewal.Application.ContinuingEducation;

/// <summary>What the CE form holds while someone types; checked by <see cref="CeActivityRules"/> before anything is saved.</summary>
public sealed class CeActivityInput
{
    public long? ActivityId { get; set; }
    public Guid? Version { get; set; }
    public string? CompletedOn { get; set; }
    public string? Title { get; set; }
    public string? Provider { get; set; }
    public string? ApprovalNumber { get; set; }
    public decimal? Amount { get; set; }
    public string Unit { get; set; } = Units.ClockHour;
    public string? Category { get; set; }
    public bool IsSplit { get; set; }
    public Dictionary<string, decimal?> SplitAmounts { get; } = new(StringComparer.OrdinalIgnoreCase);
    public bool ApprovedProvider { get; set; }
    public HashSet<long> CredentialIds { get; } = [];
    public PendingCertificate? Certificate { get; set; }
}

/// <summary>An uploaded file held in memory until the activity is saved; its type was decided by content.</summary>
public sealed record PendingCertificate(string FileName, byte[] Content);

/// <summary>A category offered on the form, from the packs of the person's credentials.</summary>
public sealed record CategoryOption(string Code, string Name);

/// <summary>A credential an activity can count toward, with the units its pack accepts.</summary>
public sealed record CredentialOption(long Id, string Label, IReadOnlySet<string> AcceptedUnits)
{
    public bool Accepts(string unit) => AcceptedUnits.Contains(unit);

    /// <summary>A credential whose pack version <paramref name="ce"/> governs it: it accepts the units that version converts.</summary>
    public static CredentialOption For(long id, string label, CeRequirement? ce) =>
        new(id, label, (ce?.Conversions.Select(u => u.Unit) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The credentials an activity counts toward unless someone chose: every one whose pack accepts its unit. The CE
    /// form and the CSV import both link this way, so imported CE counts exactly like typed CE.
    /// </summary>
    public static IEnumerable<long> DefaultLinks(IEnumerable<CredentialOption> credentials, string unit) =>
        credentials.Where(c => c.Accepts(unit)).Select(c => c.Id);
}
