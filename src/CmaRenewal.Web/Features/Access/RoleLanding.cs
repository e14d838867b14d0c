using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Web.Features.Access;

/// <summary>
/// Where each role starts after signing in (the app's root sends everyone here): an admin on the administration page,
/// a manager on the staff compliance grid, an assistant on their own credentials.
/// </summary>
public static class RoleLanding
{
    public const string Admin = "admin", Manager = "staff", Assistant = "me";

    public static string For(AccessScope actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdmin ? Admin : actor.IsManager ? Manager : Assistant;
    }
}
