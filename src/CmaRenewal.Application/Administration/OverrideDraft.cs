using CmaRenewal.Core.Rules;

namespace CmaRenewal.Application.Administration;

/// <summary>
/// The override form's fields, pre-filled from a pack's latest version. Mutable because the form binds to it; it is
/// turned into an immutable <see cref="RuleEdit"/> on save.
/// </summary>
public sealed class OverrideDraft
{
    public required string PackCode { get; init; }
    public DateTime? EffectiveFrom { get; set; }
    public string Reason { get; set; } = "";
    public string? SourceUrl { get; set; }
    public bool Verified { get; set; }
    public decimal? CeTotal { get; set; }
    public Dictionary<string, decimal> CategoryMinimums { get; init; } = [];
    public decimal? ApprovedMinimum { get; set; }
    public Dictionary<string, decimal?> FeeAmounts { get; init; } = [];
    public string LateCeGrace { get; set; } = "";
    public Dictionary<string, decimal> ConversionFactors { get; init; } = [];

    public static OverrideDraft From(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var latest = pack.Latest;
        return new OverrideDraft
        {
            PackCode = pack.Code,
            CeTotal = latest.Ce?.Total,
            CategoryMinimums = latest.Ce?.Categories.ToDictionary(c => c.Code, c => c.Minimum) ?? [],
            ApprovedMinimum = latest.Ce?.ApprovedProvider?.Minimum,
            FeeAmounts = latest.Fees.ToDictionary(f => f.Kind, f => f.Amount),
            LateCeGrace = latest.Lapse.LateCeGrace.ToString(),
            ConversionFactors = latest.Ce?.Conversions.ToDictionary(c => c.Unit, c => c.Factor) ?? [],
        };
    }

    public RuleEdit ToEdit(DateOnly today) => new(
        EffectiveFrom is { } from ? DateOnly.FromDateTime(from) : today,
        Reason, string.IsNullOrWhiteSpace(SourceUrl) ? null : SourceUrl.Trim(), Verified, today,
        CeTotal, CategoryMinimums, ApprovedMinimum, FeeAmounts, LateCeGrace, ConversionFactors);
}
