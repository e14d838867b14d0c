using CmaRenewal.Web.Components;
using CmaRenewal.Application;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Credentials;
using CmaRenewal.Application.Nudges;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Web.Features.Access;
using CmaRenewal.Web.Features.AuditPacks;
using CmaRenewal.Web.Features.MyCredentials.History;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CmaRenewal.Web.Features.MyCredentials;

public sealed partial class PersonCredentials
{
    private enum Mode { None, LogCe, EditCe, AddCredential, EditCredential, Fee }

    private PersonView? view;
    private bool notFound, isSelf, canChange, canJudge, messageIsError;
    private string? message, saveError;
    private Mode mode;
    private int formKey;
    private CeActivityInput? editingActivity;
    private CredentialInput? editingCredential;
    private CredentialView? feeCredential;
    private List<CategoryOption> categories = [];
    private List<CredentialOption> credentialOptions = [];
    private HistoryRequest historyRequest = new();
    private AccessScope actor = AccessScope.Nobody;
    private string? historyProblem;
    private bool opening = true;
    private PersonActions? personActions;

    [Inject] private CurrentUser User { get; set; } = null!;
    [Inject] private PersonDetailQuery Detail { get; set; } = null!;
    [Inject] private PrerenderHandoff Handoff { get; set; } = null!;
    [Inject] private ActivityHandler Activities { get; set; } = null!;
    [Inject] private CredentialHandler Credentials { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private ComplianceEngine Engine { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [Inject] private PersonActionsQuery ActionsQuery { get; set; } = null!;
    [Inject] private IStringLocalizer<PersonCredentials> T { get; set; } = null!;

    /// <summary>Whose page this is; the viewer must be them, a manager of their clinic or an admin.</summary>
    [Parameter, EditorRequired] public long PersonId { get; set; }

    /// <summary>The person's own home page lists the reminders coming to them; others' pages do not.</summary>
    [Parameter] public bool ShowUpcomingReminders { get; set; }

    // The history's page and filters live in the address, so a page of history can be linked, reloaded and prerendered.
    [SupplyParameterFromQuery(Name = HistoryAddress.PageKey)] public int? PageNumber { get; set; }
    [SupplyParameterFromQuery(Name = HistoryAddress.SearchKey)] public string? SearchText { get; set; }
    [SupplyParameterFromQuery(Name = HistoryAddress.StatusKey)] public string? StatusText { get; set; }

    /// <summary>
    /// The key of the page as the prerender read it (<see cref="PrerenderHandoff"/>), so the engine runs once per visit;
    /// later parameter changes (another page of history) read again.
    /// </summary>
    [PersistentState]
    public string? OpenedKey { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        actor = await User.ScopeAsync(Cancellation);
        (historyRequest, historyProblem) = HistoryAddress.Read(PageNumber, SearchText, StatusText);
        if (opening && Handoff.Take<PersonView>(actor.PersonId, OpenedKey) is { } restored && restored.PersonId == PersonId) Show(restored);
        else await ReloadAsync();
        opening = false;
        // A manager on someone else's page gets Nudge (and Invite when they have no sign-in), enabled as the handlers allow.
        // Read once the page is interactive (the buttons need the circuit), so the prerender costs what it did.
        personActions = view is not null && actor.IsManager && !isSelf && RendererInfo.IsInteractive
            ? (await ActionsQuery.ForAsync(actor, [PersonId], Cancellation)).GetValueOrDefault(PersonId)
            : null;
    }

    private async Task ReloadAsync()
    {
        var result = PersonId <= 0
            ? UseCaseResult<PersonView>.NotFound(PersonDetailQuery.NoSuchPerson)
            : await Detail.OpenAsync(actor, new PersonDetailRequest(PersonId, historyRequest), Cancellation);
        if (result.Value is not { } opened)
        {
            // Unknown and invisible people look the same: neither is said to exist.
            (view, notFound, OpenedKey) = (null, true, null);
            Navigation.NotFound();
            return;
        }
        if (!RendererInfo.IsInteractive) OpenedKey = Handoff.Park(actor.PersonId, opened);
        Show(opened);
    }

    private void Show(PersonView opened)
    {
        (view, notFound) = (opened, false);
        isSelf = actor.PersonId == PersonId;
        // Seeing is not changing: the manager of an admin's home clinic gets the admin's page without any of its buttons.
        canChange = opened.Access == PersonAccess.Change;
        canJudge = actor.IsManager && !isSelf && canChange;
        categories = [.. opened.Credentials.SelectMany(c => c.Result.Cycle.Rules.Ce?.Categories ?? [])
            .DistinctBy(c => c.Code, StringComparer.OrdinalIgnoreCase).Select(c => new CategoryOption(c.Code, c.Name))];
        credentialOptions = [.. opened.Credentials.Select(c => CredentialOption.For(c.Id, c.PackCode, c.Result.Cycle.Rules.Ce))];
    }

    // Worded for whoever reads it: the holder is told what to do; a manager reads about the person, and is only told
    // to add a credential when they may.
    private string NoCredentialsText => isSelf
        ? T["NoCredentialsSelf"]
        : T[canChange ? "NoCredentialsAddTheirs" : "NoCredentialsOther", view!.FullName];

    private IReadOnlyList<AuditPackLink> AuditPacksOf(CredentialView credential) =>
        AuditPackLink.For(Engine, credential.Facts, view!.Today);

    private void Open(Mode next)
    {
        (mode, saveError, message) = (next, null, null);
        if (next == Mode.LogCe) editingActivity = null;
        if (next == Mode.AddCredential) editingCredential = null;
        formKey++;
    }

    private void Close() => (mode, saveError) = (Mode.None, null);

    private async Task Done<T>(UseCaseResult<T> result, string success)
    {
        saveError = result.Message;
        if (!result.IsDone) return;
        (mode, message, messageIsError) = (Mode.None, success, false);
        await ReloadAsync();
    }

    private async Task Report<T>(UseCaseResult<T> result, string success)
    {
        (message, messageIsError) = (result.Message ?? success, !result.IsDone);
        await ReloadAsync();
    }

    private void GoToHistoryPage(int page) => Navigation.NavigateTo(HistoryAddress.With(Navigation, historyRequest with { Page = page }));

    private void SearchHistory(string? search) => Navigation.NavigateTo(HistoryAddress.With(Navigation, historyRequest with { Search = search, Page = 1 }));

    private void FilterHistory(VerificationStatus? status) => Navigation.NavigateTo(HistoryAddress.With(Navigation, historyRequest with { Status = status, Page = 1 }));
}
