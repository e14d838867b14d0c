namespace CmaRenewal.Core.Requirements;

/// <summary>
/// One line of a requirement: any one of <see cref="Codes"/> (credential type codes) meets it; a single code is a
/// one-element group. Codes keep the order the admin gave them, so the wording and exports read as entered.
/// </summary>
public sealed record RequirementGroup
{
    /// <summary>Between codes of one group in stored text and in the export's <c>credential</c> cell.</summary>
    public const char CodeSeparator = '|';

    public RequirementGroup(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        List<string> kept = [.. codes.Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (kept.Count == 0) throw new ArgumentException("A requirement group names at least one credential type.", nameof(codes));
        Codes = kept;
    }

    public IReadOnlyList<string> Codes { get; }

    /// <summary>"CMA-AAMA|RMA-AMT": the codes joined as the export writes them.</summary>
    public string Label => string.Join(CodeSeparator, Codes);

    /// <summary>"BLS (AHA)" for each code the catalog knows (the code itself otherwise), as people call the cards.</summary>
    public IReadOnlyList<string> NamesIn(Rules.RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. Codes.Select(code => catalog.TryGet(code, out var pack) ? $"{pack.Credential} ({pack.Body})" : code)];
    }

    public bool IsMetBy(IReadOnlySet<string> heldCodes) => Codes.Any(heldCodes.Contains);

    public bool Equals(RequirementGroup? other) =>
        other is not null && Codes.SequenceEqual(other.Codes, StringComparer.OrdinalIgnoreCase);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Label);
}
