using CmaRenewal.Web.Components;
using Microsoft.Extensions.Caching.Memory;

namespace CmaRenewal.ComponentTests.Hosting;

public sealed class PrerenderHandoffTests : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions());

    [Fact]
    public void ParkedValue_IsTakenOnce_ByItsOwner()
    {
        var handoff = new PrerenderHandoff(cache);
        var parked = new List<string> { "grid" };
        var key = handoff.Park(7, parked);

        Assert.Same(parked, handoff.Take<List<string>>(7, key));
        Assert.Null(handoff.Take<List<string>>(7, key));
    }

    [Fact]
    public void AnotherPerson_OrAnUnknownKey_GetsNothing_AndTheValueIsGone()
    {
        var handoff = new PrerenderHandoff(cache);
        var key = handoff.Park(7, "Maria's page");

        Assert.Null(handoff.Take<string>(8, key));
        Assert.Null(handoff.Take<string>(7, key));
        Assert.Null(handoff.Take<string>(7, "00"));
        Assert.Null(handoff.Take<string>(7, null));
    }

    [Fact]
    public void Keys_AreRandom_NotCounters()
    {
        var handoff = new PrerenderHandoff(cache);

        Assert.NotEqual(handoff.Park(1, "a"), handoff.Park(1, "a"));
        Assert.Equal(32, handoff.Park(1, "a").Length);
    }

    public void Dispose() => cache.Dispose();
}
