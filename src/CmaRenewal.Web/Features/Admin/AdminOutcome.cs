namespace CmaRenewal.Web.Features.Admin;

/// <summary>What an admin action did: nothing saved and why (shown inline), or done.</summary>
public sealed record AdminOutcome(string? Error)
{
    public static readonly AdminOutcome Done = new((string?)null);

    public bool Ok => Error is null;

    public static AdminOutcome Fail(string error) => new(error);

    public const string ChangedMeanwhile = "Someone else changed this since you loaded the page; nothing was saved. Reload and try again.";
}
