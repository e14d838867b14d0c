using System.ComponentModel.DataAnnotations;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// <c>Policies</c> settings: the organisation's own choices, not the certifying bodies' rules (those are in the rule
/// packs). <see cref="CeLeadTimeDays"/> is the default <see cref="LeadTime"/>; a clinic may set its own at /admin/policies.
/// </summary>
public sealed class PolicyOptions
{
    public const string Section = "Policies";

    [Range(0, LeadTime.MaxDays, ErrorMessage = "Policies:CeLeadTimeDays must be between 0 and 365.")]
    public int CeLeadTimeDays { get; set; } = LeadTime.DefaultDays;
}
