namespace CmaRenewal.Core.Rules;

/// <summary>
/// The rules of one credential type (keyed by body + credential, e.g. <c>CMA-AAMA</c>) as a list of versions.
/// A cycle is judged by the version in force on the day it started.
/// </summary>
public sealed record RulePack(string Code, string Body, string Credential, string Title, IReadOnlyList<RulePackVersion> Versions)
{
    /// <summary>The <c>origin</c> a pack file names when an admin defined the type, not a certifying body.</summary>
    public const string OrganisationOrigin = "organisation";

    /// <summary>An admin defined this type (a custom credential type): its rules cite the organisation, not a body's page.</summary>
    public bool DefinedByOrganisation { get; init; }

    /// <summary>The version in force on <paramref name="cycleStart"/>; cycles older than every version use the first.</summary>
    public RulePackVersion VersionFor(DateOnly cycleStart)
    {
        var inForce = Versions[0];
        foreach (var version in Versions)
        {
            if (version.EffectiveFrom <= cycleStart) inForce = version;
        }
        return inForce;
    }

    public RulePackVersion Latest => Versions[^1];
}

/// <summary>One complete, dated set of a credential's rules. <see cref="Ce"/> is null where no CE is required (BLS).</summary>
public sealed record RulePackVersion(
    int Version,
    DateOnly EffectiveFrom,
    string Summary,
    CycleRule Cycle,
    RenewalRule Renewal,
    LapseRule Lapse,
    IReadOnlyList<FeeRule> Fees,
    CeRequirement? Ce,
    EarningWindowRule EarningWindow,
    ReminderRule Reminders)
{
    /// <summary>Every provenance in this version, for "what is unverified" listings.</summary>
    public IEnumerable<(string Rule, Provenance Provenance)> Provenances()
    {
        yield return ("cycle", Cycle.Provenance);
        yield return ("renewal", Renewal.Provenance);
        yield return ("lapse", Lapse.Provenance);
        foreach (var fee in Fees) yield return ($"fee {fee.Kind}", fee.Provenance);
        yield return ("earning window", EarningWindow.Provenance);
        if (Ce is null) yield break;
        yield return ("CE total and categories", Ce.Provenance);
        if (Ce.ApprovedProvider is { } approved) yield return ("approved-provider minimum", approved.Provenance);
        foreach (var conversion in Ce.Conversions) yield return ($"unit {conversion.Unit}", conversion.Provenance);
        foreach (var kind in Ce.ActivityKinds) yield return ($"activity kind {kind.Kind}", kind.Provenance);
    }

    /// <summary>Every value flagged unverified in this version, with the rule it belongs to and the reason.</summary>
    public IEnumerable<(string Rule, UnverifiedValue Value)> UnverifiedValues() =>
        Provenances().SelectMany(p => p.Provenance.UnverifiedValues.Select(v => (p.Rule, v)));

    /// <summary>The flagged values in one line ("fee renewal amount; cycle anchor"), empty when none; the reasons are on /rules.</summary>
    public string UnverifiedSummary() => string.Join("; ", UnverifiedValues().Select(f => $"{f.Rule} {f.Value.Value}"));
}
