using CmaRenewal.Application.Access;
using CmaRenewal.Application.Localization;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Nudges;

/// <summary>
/// What a manager may do about one person from the grid, the person page or the drill, each with the reason it is
/// refused (null: allowed). The handlers refuse with the same words, so a button is never enabled for a refusal.
/// </summary>
public sealed record PersonActions(long PersonId, string? NudgeRefusal, string? InviteRefusal, bool HasAccount, bool NudgedToday)
{
    private static readonly AppText Text = new(typeof(PersonActions));

    public static string ManagersOnly => Text["ManagersOnly"];
    public static string NotYourself => Text["NotYourself"];
    public static string NudgedTodayText => Text["NudgedTodayText"];

    public static string Inactive(string name) => Text.Format("Inactive", name);

    public static string AlreadyNudged(string name) => Text.Format("AlreadyNudged", name);

    public static string HasSignIn(string name) => Text.Format("HasSignIn", name);

    /// <summary>The one rule both the buttons and the handlers apply; null when the action is allowed.</summary>
    public static string? Refusal(AccessScope actor, PersonRef person, bool isActive, string name)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(person);
        if (!actor.IsManager) return ManagersOnly;
        if (person.Id == actor.PersonId) return NotYourself;
        if (!actor.CanChange(person)) return PersonWrites.CannotChange;
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
