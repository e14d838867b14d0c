namespace CmaRenewal.Application.StaffCompliance;

/// <summary>One page of filtered, sorted rows and how many rows the filter kept.</summary>
public sealed record PagedRows(IReadOnlyList<StaffRow> Items, int TotalItems);

/// <summary>
/// Filtering, sorting and paging of evaluated rows: what the grid's server data callback runs on every page turn.
/// Sort keys are <see cref="StaffRow"/> property names (what MudDataGrid's columns report); ties fall back to the
/// person's name and the credential, so pages are stable.
/// </summary>
public static class StaffPaging
{
    public static PagedRows Page(IEnumerable<StaffRow> rows, StaffFilter filter, string? sortBy, bool descending, int page, int pageSize)
    {
        var kept = rows.Where(filter.Matches);
        var sorted = Sort(kept, sortBy, descending).ThenBy(r => r.PersonName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.CredentialId);
        var list = sorted.ToList();
        var size = Math.Max(1, pageSize);
        return new PagedRows([.. list.Skip(Math.Max(0, page) * size).Take(size)], list.Count);
    }

    private static IOrderedEnumerable<StaffRow> Sort(IEnumerable<StaffRow> rows, string? sortBy, bool descending) => sortBy switch
    {
        nameof(StaffRow.PackCode) => By(rows, r => r.PackCode, descending, StringComparer.Ordinal),
        nameof(StaffRow.Status) => By(rows, r => r.Status, descending),
        nameof(StaffRow.ExpiresOn) => By(rows, r => r.ExpiresOn, descending),
        nameof(StaffRow.CeDueOn) => By(rows, r => r.CeDueOn, descending),
        nameof(StaffRow.StillNeed) => By(rows, r => r.StillNeed, descending),
        nameof(StaffRow.LastActivityOn) => By(rows, r => r.LastActivityOn, descending),
        nameof(StaffRow.ClinicName) => By(rows, r => r.ClinicName, descending, StringComparer.OrdinalIgnoreCase),
        nameof(StaffRow.PersonName) => By(rows, r => r.PersonName, descending, StringComparer.OrdinalIgnoreCase),
        // Unsorted: most urgent first, the order a manager works through.
        _ => By(rows, r => r.Status, descending: false),
    };

    private static IOrderedEnumerable<StaffRow> By<TKey>(IEnumerable<StaffRow> rows, Func<StaffRow, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
