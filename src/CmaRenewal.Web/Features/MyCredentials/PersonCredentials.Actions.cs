using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Credentials;
using CmaRenewal.Application.People.PersonDetail;
using MudBlazor;

namespace CmaRenewal.Web.Features.MyCredentials;

// What the page's buttons do: each handler gets the page's actor, re-checks access and answers with why not, if not.
public sealed partial class PersonCredentials
{
    private async Task SaveActivityAsync(CeActivityInput input) =>
        await Done(await Activities.SaveAsync(actor, PersonId, input, Cancellation), T["CeSaved"]);

    private async Task SaveCredentialAsync(CredentialInput input) =>
        await Done(await Credentials.SaveAsync(actor, PersonId, input, Cancellation), T["CredentialSaved"]);

    private async Task SaveFeeAsync(FeeInput input) =>
        await Done(await Credentials.RecordFeeAsync(actor, feeCredential!.Id, input, Cancellation), T["PaymentRecorded"]);

    // Confirmed by the history's dialog already; the snackbar offers the undo the handler allows for a while.
    private async Task DeleteActivityAsync(ActivityView a)
    {
        var result = await Activities.DeleteAsync(actor, a.Id, a.Version, Cancellation);
        await Report(result, T["Deleted", a.Title]);
        if (!result.IsDone) return;
        Snackbar.Add(T["Deleted", a.Title], Severity.Normal, o =>
        {
            o.Action = T["Undo"];
            o.ActionColor = Color.Primary;
            o.VisibleStateDuration = 30_000;
            o.ShowCloseIcon = true;
            o.OnClick = _ => InvokeAsync(() => UndoDeleteAsync(a));
        });
    }

    private async Task UndoDeleteAsync(ActivityView a)
    {
        await Report(await Activities.RestoreAsync(actor, a.Id, Cancellation), T["Restored", a.Title]);
        StateHasChanged();
    }

    private async Task VerifyAsync(ActivityView a) =>
        await Report(await Activities.VerifyAsync(actor, a.Id, a.Version, Cancellation), T["Verified", a.Title]);

    private async Task RejectAsync((ActivityView Activity, string Comment) r) =>
        await Report(await Activities.RejectAsync(actor, r.Activity.Id, r.Activity.Version, r.Comment, Cancellation), T["Rejected", r.Activity.Title]);

    private async Task AttachCertificateAsync((ActivityView Activity, PendingCertificate File) c) =>
        await Report(await Activities.AttachCertificateAsync(actor, c.Activity.Id, c.Activity.Version, c.File, Cancellation),
            T["CertificateAttached", c.Activity.Title]);

    private void EditActivity(ActivityView a)
    {
        Open(Mode.EditCe);
        editingActivity = new CeActivityInput
        {
            ActivityId = a.Id, Version = a.Version, CompletedOn = a.CompletedOn.ToString("yyyy-MM-dd"), Title = a.Title,
            Provider = a.Provider, ApprovalNumber = a.ApprovalNumber, Amount = a.Amount, Unit = a.Unit, Category = a.Category,
            IsSplit = a.Splits.Count > 0, ApprovedProvider = a.ApprovedProvider,
        };
        foreach (var s in a.Splits) editingActivity.SplitAmounts[s.Category] = s.AmountHundredths / 100m;
        foreach (var id in a.CredentialIds) editingActivity.CredentialIds.Add(id);
    }

    private void EditCredential(CredentialView c)
    {
        Open(Mode.EditCredential);
        editingCredential = new CredentialInput
        {
            CredentialId = c.Id, Version = c.Version, PackCode = c.PackCode, Number = c.Number,
            CertifiedOn = c.CertifiedOn.ToString("yyyy-MM-dd"), LastRenewedOn = c.LastRenewedOn?.ToString("yyyy-MM-dd"),
            OverrideExpiry = c.ExpiresOnOverride is not null, ExpiresOn = c.ExpiresOnOverride?.ToString("yyyy-MM-dd"),
            OverrideReason = c.OverrideReason,
        };
    }

    // A required credential not on file: the add form starts on the requirement's (first) code.
    private void AddMissing(MissingView missing)
    {
        Open(Mode.AddCredential);
        editingCredential = new CredentialInput { PackCode = missing.FirstCode };
    }

    private void RecordFee(CredentialView c)
    {
        Open(Mode.Fee);
        feeCredential = c;
    }
}
