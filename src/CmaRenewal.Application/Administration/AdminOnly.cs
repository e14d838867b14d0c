using CmaRenewal.Application.Localization;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Administration;

/// <summary>The words and the gate the admin tools share.</summary>
public static class AdminOnly
{
    private static readonly AppText Text = new(typeof(AdminOnly));

    public static string ChangedMeanwhile => Text["ChangedMeanwhile"];

    public static string Refused => Text["Refused"];

    /// <summary>Null when <paramref name="actor"/> is an admin; otherwise the refusal to return.</summary>
    public static UseCaseResult<T>? Refusal<T>(AccessScope actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdmin ? null : UseCaseResult<T>.Forbidden(Refused);
    }
}
