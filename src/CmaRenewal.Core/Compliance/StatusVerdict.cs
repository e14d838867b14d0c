namespace CmaRenewal.Core.Compliance;

/// <summary>
/// The dated step that decided a credential's status: the fee date when an unpaid fee makes it due soon, the CE due
/// date when CE is short, the expiry when it lapsed or is simply valid. Screens show it as the status's "why". A value:
/// every result of a whole organisation's read holds one.
/// </summary>
public readonly record struct StatusCause(MilestoneKind Kind, DateOnly Date);

/// <summary>What <see cref="StatusJudge"/> decides: the status and the step that set it (the sentence is worded on read).</summary>
public readonly record struct StatusVerdict(CredentialStatus Status, StatusCause Cause);
