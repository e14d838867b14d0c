namespace CmaRenewal.Core.Rules;

/// <summary>How sure we are of a rule: <see cref="Verified"/> only when an official, current-looking page says it.</summary>
public enum Confidence
{
    Verified,
    Unverified,
}

/// <summary>Where a rule came from: every rule in a pack carries one, so the UI can cite it and flag doubt.</summary>
public sealed record Provenance(string Source, DateOnly CheckedOn, Confidence Confidence, string? Note = null)
{
    public bool IsVerified => Confidence == Confidence.Verified;
}
