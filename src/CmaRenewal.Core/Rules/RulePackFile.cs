namespace CmaRenewal.Core.Rules;

// The JSON shape of a rule pack file. Everything is nullable so that a missing field is reported by
// RulePackReader with its path instead of surfacing as a serializer error.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.
internal sealed class RulePackFile
{
    public string? Code { get; set; }
    public string? Body { get; set; }
    public string? Credential { get; set; }
    public string? Title { get; set; }

    /// <summary>Absent for a certifying body's pack; <c>organisation</c> for a type an admin defined.</summary>
    public string? Origin { get; set; }

    public List<VersionFile>? Versions { get; set; }
}

internal class ProvenanceFile
{
    public string? Source { get; set; }
    public string? CheckedOn { get; set; }
    public string? Confidence { get; set; }
    public string? Note { get; set; }

    /// <summary>Values of this rule no source confirms; the section must then be marked unverified.</summary>
    public List<UnverifiedFile>? Unverified { get; set; }
}

internal sealed class UnverifiedFile
{
    public string? Value { get; set; }
    public string? Reason { get; set; }
}

internal sealed class VersionFile
{
    public int? Version { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? Summary { get; set; }
    public CycleFile? Cycle { get; set; }
    public RenewalFile? Renewal { get; set; }
    public LapseFile? Lapse { get; set; }
    public List<FeeFile>? Fees { get; set; }
    public CeFile? Ce { get; set; }
    public EarningWindowFile? EarningWindow { get; set; }
    public RemindersFile? Reminders { get; set; }
}

internal sealed class CycleFile : ProvenanceFile
{
    public string? Anchor { get; set; }
    public string? Length { get; set; }
    public string? ReanchorOn { get; set; }
}

internal sealed class RenewalFile : ProvenanceFile
{
    public string? WindowOpensBeforeExpiry { get; set; }
    public string? CeCompleteBeforeExpiry { get; set; }
    public string? ProcessingTime { get; set; }

    /// <summary>
    /// Before policies, admin overrides stored the lead time here as if it were a rule; such a stored version still
    /// reads, as a body that processes an application (<see cref="ProcessingTime"/>). Never written.
    /// </summary>
    public string? SubmitBeforeExpiry { get; set; }
}

internal sealed class LapseFile : ProvenanceFile
{
    public string? LateCeGrace { get; set; }
    public string? AfterGrace { get; set; }
}

internal sealed class FeeFile : ProvenanceFile
{
    public string? Kind { get; set; }
    public string? Schedule { get; set; }
    public decimal? Amount { get; set; }
    public decimal? AmountNonMember { get; set; }
    public string? Currency { get; set; }
}

internal sealed class CeFile : ProvenanceFile
{
    public decimal? Total { get; set; }
    public string? UnitName { get; set; }
    public List<CategoryFile>? Categories { get; set; }
    public ApprovedFile? ApprovedProvider { get; set; }
    public List<ConversionFile>? Conversions { get; set; }
    public List<ActivityKindFile>? ActivityKinds { get; set; }
}

internal sealed class CategoryFile
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public decimal? Minimum { get; set; }
}

internal sealed class ApprovedFile : ProvenanceFile
{
    public string? Label { get; set; }
    public decimal? Minimum { get; set; }
}

internal sealed class ConversionFile : ProvenanceFile
{
    public string? Unit { get; set; }
    public decimal? Factor { get; set; }
}

internal sealed class ActivityKindFile : ProvenanceFile
{
    public string? Kind { get; set; }
    public bool? Accepted { get; set; }
    public decimal? AmountEach { get; set; }
    public string? Category { get; set; }
    public int? MaxCount { get; set; }
}

internal sealed class EarningWindowFile : ProvenanceFile
{
    public int? PriorCalendarYears { get; set; }
    public bool? CarryOver { get; set; }
    public bool? CountsDuringGrace { get; set; }
}

internal sealed class RemindersFile
{
    public List<int>? CeDaysBefore { get; set; }
    public List<int>? FeeDaysBefore { get; set; }
    public List<int>? ExpirationDaysBefore { get; set; }
}
#pragma warning restore CA1812
