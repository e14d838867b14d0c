namespace CmaRenewal.Core.Rules;

/// <summary>When a fee falls due.</summary>
public enum FeeSchedule
{
    /// <summary>Once per cycle, with the renewal application (AAMA, NHA; NCCT's cycle is one year).</summary>
    PerCycle,

    /// <summary>Every year at the end of the anniversary month of certification (AMT), independent of the CE cycle.</summary>
    AnniversaryMonth,
}

/// <summary>A fee the holder must pay to stay certified. Amounts are the pack's best knowledge, overridable.</summary>
public sealed record FeeRule(
    string Kind,
    FeeSchedule Schedule,
    decimal? Amount,
    decimal? AmountNonMember,
    string Currency,
    Provenance Provenance);
