namespace CmaRenewal.ComponentTests;

public sealed class MudBlazorTestContextTests : MudBlazorTestContext
{
    [Fact]
    public void AsyncOnlyMudServices_AreResolved_AndTheContextStillTearsDownCleanly()
    {
        // MudBlazor has services that implement only IAsyncDisposable (PointerEventsNoneService). Resolving them
        // makes the container own them; a synchronous teardown would then throw after this test, so its passing
        // shows that xunit disposes this base class asynchronously.
        var asyncOnly = Services
            .Where(d => d.ImplementationType is { } type && typeof(IAsyncDisposable).IsAssignableFrom(type)
                        && !typeof(IDisposable).IsAssignableFrom(type) && type.Assembly == typeof(MudChip<>).Assembly)
            .Select(d => d.ServiceType)
            .ToList();

        Assert.NotEmpty(asyncOnly);
        Assert.All(asyncOnly, type => Assert.NotNull(Services.GetService(type)));
    }
}
