using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>
/// Which page of a person's CE history to show (from 1), how many per page, and the optional filters: text found in
/// the title or provider, a verification status, or one activity by id (the API's single reads).
/// </summary>
public sealed record HistoryRequest(int Page = 1, int PageSize = HistoryRequest.DefaultPageSize, string? Search = null,
    VerificationStatus? Status = null, long? ActivityId = null)
{
    public const int DefaultPageSize = 25;

    /// <summary>Rows before this page; a long, because page × size overflows an int for absurd page numbers.</summary>
    public long Skip => (Math.Max(1L, Page) - 1) * Math.Max(1, PageSize);

    public static HistoryRequest For(long activityId) => new(ActivityId: activityId);
}

/// <summary>One page of a person's CE history, newest first, and how many entries the filters kept in all.</summary>
public sealed record HistoryPage(IReadOnlyList<ActivityView> Items, int Total, int Page, int PageSize)
{
    public static readonly HistoryPage Empty = new([], 0, 1, HistoryRequest.DefaultPageSize);

    public int TotalPages => Math.Max(1, (int)((Total + (long)PageSize - 1) / PageSize));

    /// <summary>A page number past the last one: the page says so rather than showing an empty table silently.</summary>
    public bool IsPastTheEnd => Page > TotalPages;
}
