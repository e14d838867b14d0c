using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CmaRenewal.Web.Hosting.Diagnostics;

/// <summary>How many Blazor circuits are open, so a memory figure can be divided by the circuits that hold it.</summary>
public sealed class OpenCircuits
{
    private int count;

    public int Count => Volatile.Read(ref count);

    /// <summary>Resolved in each circuit's scope: counts the circuit in when it opens and out when it closes.</summary>
    public sealed class Handler(OpenCircuits open) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref open.count);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref open.count);
            return Task.CompletedTask;
        }
    }
}
