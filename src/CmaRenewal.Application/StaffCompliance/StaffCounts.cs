using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Application.StaffCompliance;

/// <summary>
/// What the summary cards count: credentials per status, every status listed in the engine's order (most severe first),
/// of active people only. Someone who has left keeps their history but is nobody's work today.
/// </summary>
public static class StaffCounts
{
    public static IReadOnlyList<(CredentialStatus Status, int Count)> ByStatus(IEnumerable<StaffRow> rows)
    {
        var counts = rows.Where(r => r.PersonIsActive).CountBy(r => r.Status).ToDictionary();
        return [.. Enum.GetValues<CredentialStatus>().Select(s => (s, counts.GetValueOrDefault(s)))];
    }

    /// <summary>The filter a card sets when clicked: its status, active people only; clicking the chosen card again clears it.</summary>
    public static StaffFilter Toggle(StaffFilter filter, CredentialStatus status)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return IsChosen(filter, status)
            ? filter with { Statuses = null, ActiveOnly = false }
            : filter with { Statuses = [status], ActiveOnly = true };
    }

    /// <summary>Whether <paramref name="status"/>'s card is the filter in force.</summary>
    public static bool IsChosen(StaffFilter filter, CredentialStatus status) =>
        filter is { ActiveOnly: true, Statuses: { Count: 1 } only } && only.Contains(status);
}
