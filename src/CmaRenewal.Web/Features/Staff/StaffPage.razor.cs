using CmaRenewal.Application.Nudges;
using CmaRenewal.Application;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Components;
using CmaRenewal.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using CmaRenewal.Application.Common;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace CmaRenewal.Web.Features.Staff;

/// <summary>
/// The staff grid. Its filters live in the address (<see cref="StaffGridAddress"/>): every change navigates, and the page
/// shows whatever the address says, so reload, back and a shared link all land on the same rows.
/// </summary>
public sealed partial class StaffPage
{
    private StaffGridAddress address = StaffGridAddress.Start;
    // The evaluated view of the clinic and as-of date shown: filters, cards and paging reuse it. Only this one is kept,
    // so a circuit holds one clinic's rows however many clinics and dates its manager visits.
    private StaffGridView? view;
    private StaffFilter filter = StaffFilter.All;
    private IReadOnlyList<string> packs = [];
    private bool loading;

    // What an address without a clinic or a date means, learnt from the first open that had none.
    private DateOnly? today;
    private (bool Known, long? Clinic) startClinic;

    [Inject] private OpenStaffGrid OpenGrid { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private PrerenderHandoff Handoff { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private PersonActionsQuery ActionsQuery { get; set; } = default!;
    [Inject] private IStringLocalizer<StaffPage> T { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "clinic")] public string? Clinic { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string[]? Status { get; set; }
    [SupplyParameterFromQuery(Name = "pack")] public string? Pack { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? Search { get; set; }
    [SupplyParameterFromQuery(Name = "asOf")] public string? AsOf { get; set; }
    [SupplyParameterFromQuery(Name = "active")] public string? Active { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public string? PageNumber { get; set; }

    /// <summary>
    /// The key of the grid as the prerender opened it (<see cref="PrerenderHandoff"/>), so the evaluation runs once per visit.
    /// </summary>
    [PersistentState]
    public string? OpenedKey { get; set; }

    // What the cards and chart count: every filter but the status, so the cards show what choosing a status would keep.
    private IReadOnlyList<StaffRow> InScope => [.. (view?.Rows ?? []).Where((filter with { Statuses = null, ActiveOnly = false }).Matches)];

    protected override async Task OnParametersSetAsync()
    {
        address = StaffGridAddress.Read(new Dictionary<string, StringValues>
        {
            ["clinic"] = Clinic, ["status"] = Status, ["pack"] = Pack, ["q"] = Search, ["asOf"] = AsOf, ["active"] = Active, ["page"] = PageNumber,
        });
        loading = view is not null;
        view = await OpenAsync(address);
        loading = false;
        filter = address.Filter with { ClinicId = view.ClinicId };
        packs = [.. view.Rows.Select(r => r.PackCode).Distinct().Order(StringComparer.Ordinal)];
    }

    private async Task<StaffGridView> OpenAsync(StaffGridAddress at)
    {
        var useStart = !at.AllClinics && at.Filter.ClinicId is null;
        var clinic = useStart ? startClinic.Clinic : at.Filter.ClinicId;
        if ((!useStart || startClinic.Known) && (at.AsOf ?? today) is { } date && view is { } seen && seen.ClinicId == clinic && seen.AsOf == date)
            return seen;

        // Admins see every clinic and managers of one clinic see it named, so both start on their first clinic.
        var opened = await FetchAsync(new StaffGridRequest(clinic, at.AsOf, StartOnOneClinic: useStart && !startClinic.Known));
        if (at.AsOf is null) today = opened.AsOf;
        if (useStart) startClinic = (true, opened.ClinicId);
        return opened;
    }

    private async Task<StaffGridView> FetchAsync(StaffGridRequest request)
    {
        var access = await CurrentUser.ScopeAsync(Cancellation);
        if (Handoff.Take<StaffGridView>(access.PersonId, OpenedKey) is { } parked) return parked;
        var result = await OpenGrid.HandleAsync(access, request, Cancellation);
        // A clinic in the address that this manager cannot see (an old or edited link): show where the page starts instead.
        if (result.Outcome == UseCaseOutcome.NotFound)
            result = await OpenGrid.HandleAsync(access, new StaffGridRequest(AsOf: request.AsOf, StartOnOneClinic: true), Cancellation);
        // The Manager policy lets only managers in, so a refusal here means the scope changed under the user.
        var opened = result.Value ?? throw new InvalidOperationException(result.Message);
        if (!RendererInfo.IsInteractive) OpenedKey = Handoff.Park(access.PersonId, opened);
        return opened;
    }

    private void OnFilterChanged(StaffFilter changed)
    {
        // A clinic goes into the address only once chosen, and "All my clinics" is written out, because an address
        // without a clinic means the clinic the page starts on.
        var clinicChosen = changed.ClinicId != filter.ClinicId;
        var all = clinicChosen ? changed.ClinicId is null : address.AllClinics;
        // Choosing statuses in the list replaces a card's choice, and with it the card's "active people only".
        var statusesChosen = !(changed.Statuses ?? []).SequenceEqual(filter.Statuses ?? []);
        var kept = changed with
        {
            ClinicId = clinicChosen ? changed.ClinicId : address.Filter.ClinicId,
            ActiveOnly = changed.ActiveOnly && !statusesChosen,
        };
        Go(new StaffGridAddress(kept, all, address.AsOf));
    }

    private void OnAsOfChanged(DateOnly date) => Go(address with { AsOf = date, Page = 0 });

    private void OnCardChosen(CredentialStatus status) => Go(address with { Filter = StaffCounts.Toggle(address.Filter, status), Page = 0 });

    // Turning pages replaces the address rather than adding to history: back leaves the grid instead of paging back.
    // The printed header names the clinic shown, or says the grid spans them all.
    private string PrintedClinic => view?.Clinics.FirstOrDefault(c => c.Id == view.ClinicId)?.Name ?? T["AllClinics"];

    // The date the grid is projected for, as people read dates in their language.
    private string AsOfText => view is null ? "" : PlainFormat.Date(view.AsOf);

    private async Task<IReadOnlyDictionary<long, PersonActions>> ActionsForAsync(IReadOnlyCollection<long> people, CancellationToken ct) =>
        await ActionsQuery.ForAsync(await CurrentUser.ScopeAsync(ct), people, ct);

    private void OnPageChanged(int page) => Go(address with { Page = page }, replace: true);

    private void Go(StaffGridAddress next, bool replace = false)
    {
        var url = next.Url();
        if (url != address.Url()) Navigation.NavigateTo(url, replace: replace);
    }
}
