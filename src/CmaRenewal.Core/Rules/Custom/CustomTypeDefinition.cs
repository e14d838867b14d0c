namespace CmaRenewal.Core.Rules.Custom;

/// <summary>
/// What an admin says about a credential type the shipped packs lack, as typed. The values stay raw (a cycle of
/// −3 months, a CE total without a unit) so that <see cref="RulePackReader"/> judges them and names the field.
/// </summary>
public sealed record CustomTypeDefinition(
    string Credential,
    string Body,
    string Name,
    int? CycleMonths,
    ExpiryAnchor Anchor,
    Reanchor ReanchorOn,
    decimal? CeTotal = null,
    string? CeUnit = null,
    decimal? FeeAmount = null,
    FeeSchedule FeeSchedule = FeeSchedule.PerCycle)
{
    /// <summary>The pack code, credential-body in capitals, as the shipped packs spell theirs (ACLS-AHA).</summary>
    public string Code => $"{Part(Credential)}-{Part(Body)}";

    internal static string Part(string? text) => (text ?? "").Trim().ToUpperInvariant();

    /// <summary>The definition the latest version of an organisation's pack holds, for an edit form to start from.</summary>
    public static CustomTypeDefinition Of(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var latest = pack.Latest;
        var fee = latest.Fees.Count > 0 ? latest.Fees[0] : null;
        return new CustomTypeDefinition(
            pack.Credential, pack.Body, pack.Title,
            latest.Cycle.Length.IsZero ? null : latest.Cycle.Length.TotalMonths, latest.Cycle.Anchor, latest.Cycle.ReanchorOn,
            latest.Ce?.Total, latest.Ce?.Conversions[0].Unit, fee?.Amount, fee?.Schedule ?? FeeSchedule.PerCycle);
    }
}
