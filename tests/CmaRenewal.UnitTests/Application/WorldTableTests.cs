using CmaRenewal.Application;

namespace CmaRenewal.UnitTests.Application;

/// <summary>
/// The frame of a handler table test: a fresh <see cref="HandlerWorld"/> per test, and the one check of a call's typed
/// result against what it left in the database (<see cref="TypedResultAssert"/>).
/// </summary>
public abstract class WorldTableTests : IAsyncLifetime
{
    protected HandlerWorld World { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync() => World = await HandlerWorld.CreateAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        await DisposeMoreAsync();
        await World.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>What a test class set up beside the world, released before it.</summary>
    protected virtual ValueTask DisposeMoreAsync() => ValueTask.CompletedTask;

    /// <summary>Every row the handlers under test may write, as text: any write shows in it.</summary>
    protected abstract Task<string> FingerprintAsync();

    protected async Task ExpectAsync(Func<Task<UseCaseResult<long>>> call, UseCaseOutcome outcome, string? messageOrField)
    {
        ArgumentNullException.ThrowIfNull(call);
        var before = await FingerprintAsync();
        var result = await call();
        await TypedResultAssert.MatchesAsync(result, outcome, messageOrField, before, FingerprintAsync);
    }
}
