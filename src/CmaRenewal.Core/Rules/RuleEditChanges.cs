namespace CmaRenewal.Core.Rules;

/// <summary>Applies one <see cref="RuleEdit"/> to the file shape, stamping the admin's provenance on what changed.</summary>
internal sealed class RuleEditChanges(RuleEdit edit)
{
    public void ApplyLapse(LapseFile lapse)
    {
        if (edit.LateCeGrace is null || edit.LateCeGrace.Trim() == lapse.LateCeGrace) return;
        lapse.LateCeGrace = edit.LateCeGrace.Trim();
        Stamp(lapse);
    }

    public void ApplyFee(FeeFile fee)
    {
        if (edit.FeeAmounts is null || !edit.FeeAmounts.TryGetValue(fee.Kind ?? "", out var amount) || amount == fee.Amount) return;
        fee.Amount = amount;
        Stamp(fee);
    }

    public void ApplyCe(CeFile ce)
    {
        var changed = false;
        if (edit.CeTotal is { } total && total != ce.Total) (ce.Total, changed) = (total, true);
        foreach (var category in ce.Categories ?? [])
        {
            if (edit.CategoryMinimums?.TryGetValue(category.Code ?? "", out var minimum) == true && minimum != category.Minimum)
                (category.Minimum, changed) = (minimum, true);
        }
        if (changed) Stamp(ce);
        if (ce.ApprovedProvider is { } approved && edit.ApprovedMinimum is { } least && least != approved.Minimum)
        {
            approved.Minimum = least;
            Stamp(approved);
        }
        foreach (var conversion in ce.Conversions ?? [])
        {
            if (edit.ConversionFactors?.TryGetValue(conversion.Unit ?? "", out var factor) == true && factor != conversion.Factor)
            {
                conversion.Factor = factor;
                Stamp(conversion);
            }
        }
    }

    private void Stamp(ProvenanceFile rule)
    {
        if (!string.IsNullOrWhiteSpace(edit.SourceUrl)) rule.Source = edit.SourceUrl.Trim();
        rule.CheckedOn = RulePackWriter.Date(edit.CheckedOn);
        rule.Confidence = edit.Confidence;
        rule.Note = $"Admin override: {edit.Reason.Trim()}";
        // A cited, verified edit settles the rule's doubtful values; an unverified one leaves them in doubt.
        if (edit.Confidence == "verified") rule.Unverified = null;
    }
}
