namespace CmaRenewal.Core.Rules;

/// <summary>The CE part of <see cref="RulePackWriter"/>: the largest block of a pack version.</summary>
internal static class RulePackCeWriter
{
    public static CeFile Ce(CeRequirement ce) => RulePackWriter.Stamp(new CeFile
    {
        Total = ce.Total,
        UnitName = ce.UnitName,
        Categories = [.. ce.Categories.Select(c => new CategoryFile { Code = c.Code, Name = c.Name, Minimum = c.Minimum })],
        ApprovedProvider = ce.ApprovedProvider is { } a
            ? RulePackWriter.Stamp(new ApprovedFile { Label = a.Label, Minimum = a.Minimum }, a.Provenance)
            : null,
        Conversions = [.. ce.Conversions.Select(c => RulePackWriter.Stamp(new ConversionFile { Unit = c.Unit, Factor = c.Factor }, c.Provenance))],
        ActivityKinds = [.. ce.ActivityKinds.Select(k => RulePackWriter.Stamp(new ActivityKindFile
        {
            Kind = k.Kind,
            Accepted = k.Accepted,
            AmountEach = k.AmountEach,
            Category = k.Category,
            MaxCount = k.MaxCount,
        }, k.Provenance))],
    }, ce.Provenance);
}
