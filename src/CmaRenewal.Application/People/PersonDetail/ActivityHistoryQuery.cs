using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>
/// One page of a person's CE, newest first, cut in SQL: a person may have logged tens of thousands of entries, and
/// the page, the person page and the API only ever show a page of them. Search runs as LIKE in SQL too.
/// </summary>
public static class ActivityHistoryQuery
{
    public static async Task<(List<CeActivity> Items, int Total)> PageAsync(
        CmaRenewalDbContext db, long personId, HistoryRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var query = Filter(db.CeActivities.AsNoTracking().Where(a => a.PersonId == personId), request);
        var total = await query.CountAsync(ct);
        // Past the last row (or past what an int can skip) there is nothing to read.
        if (request.Skip >= total) return ([], total);
        var items = await query.OrderByDescending(a => a.CompletedOn).ThenByDescending(a => a.Id)
            .Skip((int)request.Skip).Take(request.PageSize)
            .Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
            .ToListAsync(ct);
        return (items, total);
    }

    private static IQueryable<CeActivity> Filter(IQueryable<CeActivity> query, HistoryRequest request)
    {
        if (request.ActivityId is { } id) query = query.Where(a => a.Id == id);
        if (request.Status is { } status) query = query.Where(a => a.Verification == status);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = $"%{EscapeLike(request.Search.Trim())}%";
            query = query.Where(a => EF.Functions.Like(a.Title, pattern, Escape) || EF.Functions.Like(a.Provider, pattern, Escape));
        }
        return query;
    }

    private const string Escape = "\\";

    /// <summary>
    /// What the user typed, matched literally: % and _ are wildcards in every LIKE, [ opens a character class on SQL
    /// Server, and the escape character itself must be escaped too.
    /// </summary>
    public static string EscapeLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal)
            .Replace("[", Escape + "[", StringComparison.Ordinal);
    }
}
