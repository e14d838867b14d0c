using CmaRenewal.Web.Components;

namespace CmaRenewal.ComponentTests.Shared;

public sealed class CancellableComponentTests
{
    [Fact]
    public async Task Cancellation_IsLiveWhileTheComponentIsShown_AndCancelledWhenItGoesAway()
    {
        await using var context = new BunitContext();
        var rendered = context.Render<Probe>();
        var token = rendered.Instance.Token;

        Assert.False(token.IsCancellationRequested);
        await context.DisposeComponentsAsync();

        Assert.True(token.IsCancellationRequested);
    }

    [Fact]
    public void DisposingTwice_DoesNotThrow()
    {
        var probe = new Probe();
        probe.Dispose();

        var again = Record.Exception(probe.Dispose);

        Assert.Null(again);
    }

    [Fact]
    public async Task WorkStillRunningAfterDispose_SeesCancellation_NotADisposedSource()
    {
        var probe = new Probe();
        probe.Dispose();

        await Assert.ThrowsAsync<TaskCanceledException>(() => Task.Delay(1000, probe.Token));
    }

    private sealed class Probe : CancellableComponent
    {
        public CancellationToken Token => Cancellation;
    }
}
