using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Nudges;

/// <summary>
/// What a manager may do about one person from the grid, the person page or the drill, each with the reason it is
/// refused (null: allowed). The handlers refuse with the same words, so a button is never enabled for a refusal.
/// </summary>
public sealed record PersonActions(long PersonId, string? NudgeRefusal, string? InviteRefusal, bool HasAccount, bool NudgedToday)
{
    public const string ManagersOnly = "Only managers and admins nudge or invite staff.";
    public const string NotYourself = "You cannot nudge or invite yourself.";
    public const string NudgedTodayText = "Nudged today";

    public static string Inactive(string name) => $"{name} is deactivated; reactivate them first.";

    public static string AlreadyNudged(string name) => $"{name} was already nudged today; one nudge a day, so try again tomorrow.";

    public static string HasSignIn(string name) => $"{name} already has a sign-in.";

    /// <summary>The one rule both the buttons and the handlers apply; null when the action is allowed.</summary>
    public static string? Refusal(AccessScope actor, PersonRef person, bool isActive, string name)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(person);
        if (!actor.IsManager) return ManagersOnly;
        if (person.Id == actor.PersonId) return NotYourself;
        if (!actor.CanChange(person)) return AccessScope.CannotChange;
        return isActive ? null : Inactive(name);
    }

    /// <summary>"nudge/42/2026-12-06": unique in the outbox, so a second nudge that day cannot be stored, even by two managers at once.</summary>
    public static string NudgeKey(long personId, DateOnly day) => FormattableString.Invariant($"nudge/{personId}/{day:yyyy-MM-dd}");

    internal static PersonActions For(AccessScope actor, PersonRef person, bool isActive, string name, bool hasAccount, bool nudgedToday)
    {
        var refusal = Refusal(actor, person, isActive, name);
        return new PersonActions(person.Id,
            refusal ?? (nudgedToday ? NudgedTodayText : null),
            refusal ?? (hasAccount ? HasSignIn(name) : null),
            hasAccount, nudgedToday);
    }
}
