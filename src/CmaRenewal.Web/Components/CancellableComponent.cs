using Microsoft.AspNetCore.Components;

namespace CmaRenewal.Web.Components;

/// <summary>
/// A component whose database work stops when it goes away: <see cref="Cancellation"/> is cancelled on dispose, which
/// happens when the user navigates off the page or the circuit closes, so queries for a page nobody sees end early.
/// </summary>
public abstract class CancellableComponent : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource cancellation;
    private bool disposed;

    protected CancellableComponent()
    {
        cancellation = new CancellationTokenSource();
        // Kept apart from the source, so work still running after dispose sees "cancelled", not "disposed".
        Cancellation = cancellation.Token;
    }

    /// <summary>Pass this to every query and command the component starts.</summary>
    protected CancellationToken Cancellation { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing || disposed) return;
        disposed = true;
        cancellation.Cancel();
        cancellation.Dispose();
    }
}
