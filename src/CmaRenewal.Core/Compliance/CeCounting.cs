namespace CmaRenewal.Core.Compliance;

/// <summary>
/// How the engine counted one cycle's CE: <see cref="Progress"/> is null for credentials with no CE (a BLS card), and
/// <see cref="Activities"/> says for each activity given how much counts and why not all of it.
/// </summary>
public sealed record CeCounting(CeProgress? Progress, StillNeed Need, IReadOnlyList<ActivityCount> Activities);
