using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Administration;

/// <summary>The words and the gate the admin tools share.</summary>
public static class AdminOnly
{
    public const string ChangedMeanwhile = "Someone else changed this since you loaded the page; nothing was saved. Reload and try again.";

    public const string Refused = "Only an admin can do this.";

    /// <summary>Null when <paramref name="actor"/> is an admin; otherwise the refusal to return.</summary>
    public static UseCaseResult<T>? Refusal<T>(AccessScope actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdmin ? null : UseCaseResult<T>.Forbidden(Refused);
    }
}
