using System.Globalization;
using System.Text.Json;

namespace CmaRenewal.Core.Rules.Custom;

/// <summary>
/// Makes rule packs of the credential types an admin defined: each stored version is written in a pack file's shape
/// and the whole pack is read by <see cref="RulePackReader"/>, so a custom type is validated, versioned and evaluated
/// exactly as a shipped pack is. Its rules cite the organisation (<see cref="Provenance.Organisation"/>).
/// </summary>
public static class CustomTypePacks
{
    /// <summary>The pack the stored versions of one type make, oldest first.</summary>
    public static RulePack Build(IReadOnlyList<CustomCredentialType> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var latest = versions[^1];
        var dash = latest.Code.LastIndexOf('-');
        return Read(latest.Code[..Math.Max(dash, 0)], latest.Code[(dash + 1)..], latest.Title, versions.Select(v => v.VersionJson));
    }

    /// <summary>
    /// The JSON of the version <paramref name="definition"/> makes after <paramref name="saved"/>, and the pack with it;
    /// throws <see cref="RulePackException"/> naming the field when a value is wrong.
    /// </summary>
    public static (string Json, RulePack Pack) Draft(IReadOnlyList<CustomCredentialType> saved, CustomTypeDefinition definition, DateOnly effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(definition);
        var json = JsonSerializer.Serialize(CustomTypeVersion.ToFile(definition, saved.Count + 1, effectiveFrom), RulePackWriter.Json);
        var pack = Read(CustomTypeDefinition.Part(definition.Credential), CustomTypeDefinition.Part(definition.Body), definition.Name,
            [.. saved.Select(s => s.VersionJson), json]);
        return (json, pack);
    }

    /// <summary>The catalog with every defined type joined as a pack; a code two packs share stops here.</summary>
    public static RuleCatalog Join(RuleCatalog packs, IEnumerable<CustomCredentialType> versions)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var custom = versions.GroupBy(v => v.Code, StringComparer.OrdinalIgnoreCase).Select(g => Build([.. g.OrderBy(v => v.Version)]));
        return new RuleCatalog(packs.All.Concat(custom));
    }

    private static RulePack Read(string credential, string body, string title, IEnumerable<string> versionJsons)
    {
        var file = new RulePackFile
        {
            Code = $"{credential}-{body}",
            Credential = credential,
            Body = body,
            Title = title,
            Origin = RulePack.OrganisationOrigin,
            Versions = [],
        };
        return RulePackOverlay.Read(file, versionJsons, $"{file.Code} (defined by your organisation)");
    }
}

/// <summary>One version of a custom type in a pack file's shape, with defaults where the admin says nothing.</summary>
internal static class CustomTypeVersion
{
    public const string AfterGrace = "Renew as your organisation requires.";

    public static VersionFile ToFile(CustomTypeDefinition d, int version, DateOnly effectiveFrom)
    {
        var hasCe = d.CeTotal is not null || !string.IsNullOrWhiteSpace(d.CeUnit);
        return new VersionFile
        {
            Version = version,
            EffectiveFrom = RulePackWriter.Date(effectiveFrom),
            Summary = Summary(d),
            Cycle = Own(new CycleFile
            {
                Anchor = RulePackWriter.Kebab(d.Anchor),
                Length = d.CycleMonths is { } months ? $"P{months.ToString(CultureInfo.InvariantCulture)}M" : null,
                ReanchorOn = RulePackWriter.Kebab(d.ReanchorOn),
            }, effectiveFrom),
            Renewal = Own(new RenewalFile { CeCompleteBeforeExpiry = "P0D" }, effectiveFrom),
            Lapse = Own(new LapseFile { LateCeGrace = "P0D", AfterGrace = AfterGrace }, effectiveFrom),
            Fees = d.FeeAmount is null ? [] :
                [Own(new FeeFile { Kind = "renewal", Schedule = RulePackWriter.Kebab(d.FeeSchedule), Amount = d.FeeAmount, Currency = "USD" }, effectiveFrom)],
            Ce = hasCe ? Ce(d, effectiveFrom) : null,
            EarningWindow = Own(new EarningWindowFile { PriorCalendarYears = 0, CarryOver = false, CountsDuringGrace = false }, effectiveFrom),
            Reminders = new RemindersFile
            {
                CeDaysBefore = hasCe ? [90, 60, 30, 14, 7] : [],
                FeeDaysBefore = d.FeeAmount is null ? [] : [60, 30, 7],
                ExpirationDaysBefore = [60, 30, 7, 1],
            },
        };
    }

    private static CeFile Ce(CustomTypeDefinition d, DateOnly on)
    {
        var unit = string.IsNullOrWhiteSpace(d.CeUnit) ? null : d.CeUnit.Trim();
        var ce = Own(new CeFile { Total = d.CeTotal, UnitName = unit is null ? null : UnitName(unit) }, on);
        // The admin counts CE in one unit; a certificate printed in another is not converted (no factor is known).
        ce.Conversions = [Own(new ConversionFile { Unit = unit, Factor = 1 }, on)];
        return ce;
    }

    private static string UnitName(string unit) => Units.Label(unit) is var label && label.EndsWith('s') ? label : label + "s";

    private static string Summary(CustomTypeDefinition d)
    {
        var inv = CultureInfo.InvariantCulture;
        var cycle = d.Anchor switch
        {
            ExpiryAnchor.ExactDate => "Expires on the date printed on the card",
            ExpiryAnchor.EndOfMonth => $"Renews every {d.CycleMonths} months, to the end of the month",
            ExpiryAnchor.EndOfCalendarYear => $"Renews every {d.CycleMonths} months, to 31 December",
            _ => $"Renews every {d.CycleMonths} months, to the same day",
        };
        var ce = d.CeTotal is { } total && d.CeUnit is { } unit ? string.Format(inv, "; {0:0.##} {1} of CE per cycle", total, UnitName(unit)) : "";
        var fee = d.FeeAmount is { } amount
            ? string.Format(inv, "; a {0:0.00} USD fee {1}", amount, d.FeeSchedule == FeeSchedule.PerCycle ? "per cycle" : "every year in the anniversary month")
            : "";
        return $"{cycle}{ce}{fee}. Defined by your organisation.";
    }

    private static T Own<T>(T file, DateOnly on) where T : ProvenanceFile =>
        RulePackWriter.Stamp(file, new Provenance(Provenance.Organisation, on, Confidence.Verified, "Defined by your organisation."));
}
