using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;

namespace CmaRenewal.Application.CredentialTypes;

/// <summary>
/// The custom credential type form's fields. Mutable because the form binds to it; it becomes an immutable
/// <see cref="CustomTypeDefinition"/> on save. <see cref="EffectiveFrom"/> and <see cref="Reason"/> matter for an edit.
/// </summary>
public sealed class CustomTypeDraft
{
    public string Credential { get; set; } = "";
    public string Body { get; set; } = "";
    public string Name { get; set; } = "";
    public int? CycleMonths { get; set; } = 24;
    public ExpiryAnchor Anchor { get; set; } = ExpiryAnchor.EndOfMonth;
    public Reanchor ReanchorOn { get; set; } = Reanchor.RenewalDate;
    public decimal? CeTotal { get; set; }
    public string? CeUnit { get; set; }
    public decimal? FeeAmount { get; set; }
    public FeeSchedule FeeSchedule { get; set; } = FeeSchedule.PerCycle;
    public DateTime? EffectiveFrom { get; set; }
    public string Reason { get; set; } = "";

    public string Code => ToDefinition().Code;

    /// <summary>An edit of <paramref name="pack"/>'s latest version, its values filled in.</summary>
    public static CustomTypeDraft From(RulePack pack)
    {
        var d = CustomTypeDefinition.Of(pack);
        return new CustomTypeDraft
        {
            Credential = d.Credential, Body = d.Body, Name = d.Name, CycleMonths = d.CycleMonths, Anchor = d.Anchor, ReanchorOn = d.ReanchorOn,
            CeTotal = d.CeTotal, CeUnit = d.CeUnit, FeeAmount = d.FeeAmount, FeeSchedule = d.FeeSchedule,
        };
    }

    public CustomTypeDefinition ToDefinition() =>
        new(Credential, Body, Name.Trim(), CycleMonths, Anchor, ReanchorOn, CeTotal, string.IsNullOrWhiteSpace(CeUnit) ? null : CeUnit, FeeAmount, FeeSchedule);
}
