using CmaRenewal.Application.Nudges;
using CmaRenewal.Application.StaffCompliance;
using Microsoft.AspNetCore.Components;

namespace CmaRenewal.Web.Features.Staff;

/// <summary>
/// The staff grid's state: the sort, and the one page of rows shown (the page's people's action buttons are read for
/// those rows only). The rows of every page stay with the parent, which owns the evaluated view.
/// </summary>
public sealed partial class StaffGrid
{
    private static readonly (string SortBy, string Title)[] Columns =
    [
        (nameof(StaffRow.PersonName), "Person"), (nameof(StaffRow.PackCode), "Credential"), (nameof(StaffRow.Status), "Status"),
        (nameof(StaffRow.ExpiresOn), "Expires"), (nameof(StaffRow.CeDueOn), "CeDue"), (nameof(StaffRow.StillNeed), "StillNeed"),
        (nameof(StaffRow.LastActivityOn), "LastActivity"),
    ];

    private PagedRows page = new([], 0);
    private string? sortBy;
    private bool descending;
    private int pageSize = 25;
    private int shownPage;
    private IReadOnlyDictionary<long, PersonActions> actions = new Dictionary<long, PersonActions>();
    private readonly HashSet<long> invited = [];

    [Parameter, EditorRequired] public IReadOnlyList<StaffRow> Rows { get; set; } = [];
    [Parameter, EditorRequired] public StaffFilter Filter { get; set; } = StaffFilter.All;

    /// <summary>The nudge and invite buttons' state for a page of people; without it the grid has no action column.</summary>
    [Parameter] public Func<IReadOnlyCollection<long>, CancellationToken, Task<IReadOnlyDictionary<long, PersonActions>>>? ActionsFor { get; set; }

    /// <summary>The page shown, from 0; the page's address holds it, so the grid reports every turn.</summary>
    [Parameter] public int Page { get; set; }
    [Parameter] public EventCallback<int> PageChanged { get; set; }

    protected override async Task OnParametersSetAsync() => await ShowAsync(Page);

    private async Task ShowAsync(int wanted)
    {
        page = StaffPaging.Page(Rows, Filter, sortBy, descending, wanted, pageSize);
        // A page past the end (fewer rows than the address remembers) falls back to the first, and says so.
        shownPage = wanted * pageSize >= page.TotalItems ? 0 : wanted;
        if (shownPage != wanted) page = StaffPaging.Page(Rows, Filter, sortBy, descending, 0, pageSize);
        // The action buttons of the page's people, in one read: whether each may be nudged or invited, and why not. Only
        // once interactive: a prerendered button cannot act, and the circuit would read them again anyway.
        if (ActionsFor is not null && RendererInfo.IsInteractive)
            actions = await ActionsFor([.. page.Items.Select(r => r.PersonId).Distinct()], Cancellation);
        if (shownPage != Page) await PageChanged.InvokeAsync(shownPage);
    }

    // A header click sorts by its column, and a second click on it turns the order round.
    private async Task SortAsync(string column)
    {
        descending = sortBy == column && !descending;
        sortBy = column;
        await ShowAsync(shownPage);
    }

    private async Task TurnAsync(int to) => await ShowAsync(to);

    private async Task ResizeAsync(int size)
    {
        pageSize = size;
        await ShowAsync(0);
    }

    private string? AriaSort(string column) => sortBy != column ? null : descending ? "descending" : "ascending";

    // A person has a row per credential: a nudge or an invitation from one shows on all of them.
    private void Changed(PersonActions changed)
    {
        if (changed.HasAccount && actions.GetValueOrDefault(changed.PersonId) is { HasAccount: false }) invited.Add(changed.PersonId);
        actions = new Dictionary<long, PersonActions>(actions) { [changed.PersonId] = changed };
    }

    private static string Day(DateOnly? day) => day is { } d ? CmaRenewal.Application.Common.PlainFormat.Date(d) : "";
}
