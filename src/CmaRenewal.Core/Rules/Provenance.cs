namespace CmaRenewal.Core.Rules;

/// <summary>How sure we are of a rule: <see cref="Verified"/> only when an official, current-looking page says it.</summary>
public enum Confidence
{
    Verified,
    Unverified,
}

/// <summary>
/// Where a rule came from: every rule in a pack carries one, so the UI can cite it and flag doubt.
/// <paramref name="Unverified"/> names the values of the rule that no source confirms, each with its reason, so a
/// screen can say which number is in doubt rather than only that something in the rule is.
/// </summary>
public sealed record Provenance(
    string Source, DateOnly CheckedOn, Confidence Confidence, string? Note = null, IReadOnlyList<UnverifiedValue>? Unverified = null)
{
    /// <summary>The source of a rule an admin defined for the organisation's own credential type (no outside citation).</summary>
    public const string Organisation = "organisation";

    public bool IsVerified => Confidence == Confidence.Verified;

    public bool IsDefinedByOrganisation => Source == Organisation;

    public IReadOnlyList<UnverifiedValue> UnverifiedValues => Unverified ?? [];
}

/// <summary>One value of a rule (its field name in the pack file, e.g. <c>amount</c>) that no source confirms, and why.</summary>
public sealed record UnverifiedValue(string Value, string Reason);
