using CmaRenewal.Application.Localization;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.ContinuingEducation;
using Microsoft.AspNetCore.Components;

namespace CmaRenewal.Web.Features.MyCredentials.History;

/// <summary>
/// The history's page and filters as query parameters (<c>?page=2&amp;search=cpr&amp;status=Verified</c>): read with a
/// clear message for each bad value, and written back when the reader turns a page or changes a filter.
/// </summary>
public static class HistoryAddress
{
    public const string PageKey = "page";
    public const string SearchKey = "search";
    public const string StatusKey = "status";

    private static readonly AppText Text = new(typeof(HistoryAddress));

    public static (HistoryRequest Request, string? Problem) Read(int? page, string? search, string? status)
    {
        var problems = new List<string>();
        if (page is < 1)
        {
            problems.Add(Text["PageFromOne"]);
            page = 1;
        }
        if (search?.Length > CeActivity.TitleMaxLength)
        {
            problems.Add(Text.Format("SearchTooLong", CeActivity.TitleMaxLength));
            search = null;
        }
        VerificationStatus? verification = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<VerificationStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) verification = parsed;
            else problems.Add(Text.Format("UnknownStatus", status, string.Join(", ", Enum.GetNames<VerificationStatus>())));
        }
        var request = new HistoryRequest(page ?? 1, HistoryRequest.DefaultPageSize, string.IsNullOrWhiteSpace(search) ? null : search, verification);
        return (request, problems.Count == 0 ? null : string.Join(" ", problems));
    }

    /// <summary>The current address with <paramref name="request"/>'s page and filters (defaults left out).</summary>
    public static string With(NavigationManager navigation, HistoryRequest request)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(request);
        return navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [PageKey] = request.Page > 1 ? request.Page : null,
            [SearchKey] = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search,
            [StatusKey] = request.Status?.ToString(),
        });
    }
}
