
namespace CmaRenewal.Web.Api;

/// <summary>One page of a list: the items, the total across pages, and where this page is.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, int TotalPages);

/// <summary>
/// <c>page</c> (from 1) and <c>pageSize</c> (1–<see cref="MaxPageSize"/>, default <see cref="DefaultPageSize"/>) of a list
/// request. The response carries the total and an RFC 8288 <c>Link</c> header (first, prev, next, last).
/// </summary>
public static class ApiPaging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The message for each bad paging parameter; empty when both are fine.</summary>
    public static Dictionary<string, string[]> Problems(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1) errors["page"] = [ApiProblems.Say("PageFromOne")];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [ApiProblems.Say("PageSizeRange", MaxPageSize)];
        return errors;
    }

    /// <summary>Cuts <paramref name="all"/> (already in order) into the requested page and writes the Link header.</summary>
    public static PagedList<T> Of<T>(HttpContext http, IReadOnlyList<T> all, int? page, int? pageSize) =>
        Of(http, all.Skip(Skip(page, pageSize)).Take(Take(pageSize)).ToList(), all.Count, page, pageSize);

    /// <summary>A page whose items were already cut (in SQL) from <paramref name="total"/> rows.</summary>
    public static PagedList<T> Of<T>(HttpContext http, IReadOnlyList<T> items, int total, int? page, int? pageSize)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        var pages = Math.Max(1, (total + size - 1) / size);
        var links = new List<string> { Link(http, 1, size, "first") };
        if (number > 1) links.Add(Link(http, Math.Min(number - 1, pages), size, "prev"));
        if (number < pages) links.Add(Link(http, number + 1, size, "next"));
        links.Add(Link(http, pages, size, "last"));
        http.Response.Headers.Link = string.Join(", ", links);
        return new PagedList<T>(items, total, number, size, pages);
    }

    /// <summary>
    /// Rows before the page. Worked out in long arithmetic: in int, page 2147483647 wrapped to a negative skip and answered
    /// page 1 again. Any page past int.MaxValue rows is past every list, so the skip stops there and the page is empty.
    /// </summary>
    public static int Skip(int? page, int? pageSize) => (int)Math.Min(int.MaxValue, ((page ?? 1) - 1L) * (pageSize ?? DefaultPageSize));

    public static int Take(int? pageSize) => pageSize ?? DefaultPageSize;

    private static string Link(HttpContext http, int page, int size, string rel)
    {
        var query = http.Request.Query.Where(q => q.Key is not ("page" or "pageSize"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("pageSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"<{QueryString.Create(query).ToUriComponent().Insert(0, http.Request.PathBase + http.Request.Path)}>; rel=\"{rel}\"";
    }
}
