using CmaRenewal.Application.ContinuingEducation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CmaRenewal.Web.Features.MyCredentials;

public sealed partial class CeActivityForm
{
    private CeActivityInput input = new();
    private Dictionary<string, string> errors = [];
    private bool linksTouched;
    private bool saving;

    /// <summary>Today in the person's zone: the latest date an activity may have.</summary>
    [Parameter, EditorRequired] public DateOnly Today { get; set; }
    [Parameter] public IReadOnlyList<CategoryOption> Categories { get; set; } = [];
    [Parameter] public IReadOnlyList<CredentialOption> Credentials { get; set; } = [];

    /// <summary>An existing entry to correct; null logs a new one.</summary>
    [Parameter] public CeActivityInput? Initial { get; set; }
    [Parameter] public EventCallback<CeActivityInput> OnSave { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }
    [Parameter] public string? SaveError { get; set; }

    protected override void OnInitialized()
    {
        input = Initial ?? new CeActivityInput { CompletedOn = Today.ToString("yyyy-MM-dd") };
        linksTouched = Initial is not null;
        if (!linksTouched) DefaultLinks();
    }

    private bool Has(string field) => errors.ContainsKey(field);

    private string? Message(string field) => errors.GetValueOrDefault(field);

    private void UnitChanged(string unit)
    {
        input.Unit = unit;
        if (!linksTouched) DefaultLinks();
    }

    // By default an activity counts toward every credential whose pack accepts its unit.
    private void DefaultLinks()
    {
        input.CredentialIds.Clear();
        foreach (var id in CredentialOption.DefaultLinks(Credentials, input.Unit)) input.CredentialIds.Add(id);
    }

    private void Link(long credentialId, bool on)
    {
        linksTouched = true;
        if (on) input.CredentialIds.Add(credentialId);
        else input.CredentialIds.Remove(credentialId);
    }

    private async Task FileChosen(InputFileChangeEventArgs e)
    {
        errors.Remove("File");
        (input.Certificate, var problem) = await CertificateUpload.ReadAsync(e.File, CancellationToken.None);
        if (problem is not null) errors["File"] = problem;
    }

    private async Task SubmitAsync()
    {
        var fileError = errors.GetValueOrDefault("File");
        errors = CeActivityRules.Validate(input, Today);
        if (fileError is not null) errors["File"] = fileError;
        if (errors.Count > 0) return;
        saving = true;
        try
        {
            await OnSave.InvokeAsync(input);
        }
        finally
        {
            saving = false;
        }
    }
}
