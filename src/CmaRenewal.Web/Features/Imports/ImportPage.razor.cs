using CmaRenewal.Application.Imports;
using Microsoft.AspNetCore.Components.Forms;

namespace CmaRenewal.Web.Features.Imports;

/// <summary>
/// Upload, preview (a dry run), then import. The upload is copied to a temporary file first: the import reads the file
/// twice and never holds it in memory, and a browser stream can be read only once. The import itself is the
/// <see cref="ImportHandler"/> use case, run for the signed-in actor and stopped when the page goes away.
/// </summary>
public sealed partial class ImportPage
{
    /// <summary>About 500,000 activity rows.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private ImportKind kind = ImportKind.People;
    private string? path;
    private string fileName = "";
    private ImportReport? report;
    private string? error;
    private bool busy;
    private bool skipInvalid;

    private void KindChanged(ImportKind value)
    {
        kind = value;
        (report, error) = (null, null);
        Forget();
    }

    private async Task FileChosenAsync(IBrowserFile? file)
    {
        (report, error, skipInvalid) = (null, null, false);
        Forget();
        if (file is null) return;
        if (file.Size > MaxBytes)
        {
            error = T["TooLarge", file.Name, MaxBytes / 1024 / 1024];
            return;
        }
        busy = true;
        try
        {
            path = Path.Combine(Path.GetTempPath(), $"cmarenewal-import-{Guid.NewGuid():N}.csv");
            await using (var target = File.Create(path))
            await using (var upload = file.OpenReadStream(MaxBytes))
                await upload.CopyToAsync(target, Cancellation);
            fileName = file.Name;
            (report, error) = await RunAsync(dryRun: true);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ImportAsync()
    {
        if (path is null) return;
        busy = true;
        try
        {
            (report, error) = await RunAsync(dryRun: false);
            if (report?.Written == true) Forget();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task<(ImportReport? Report, string? Error)> RunAsync(bool dryRun)
    {
        var file = path!;
        var actor = await CurrentUser.ScopeAsync(Cancellation);
        var result = await Import.RunAsync(actor, new ImportRequest(kind, () => File.OpenRead(file), fileName, dryRun, skipInvalid), Cancellation);
        return result.IsDone ? (result.Value, null) : (null, result.Message);
    }

    private void Forget()
    {
        if (path is not null) File.Delete(path);
        path = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Forget();
        base.Dispose(disposing);
    }
}
