using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace CmaRenewal.Web.Components;

/// <summary>
/// Hands what a page's prerender loaded to the interactive render of the same visit, so heavy pages evaluate once.
/// Blazor's persisted component state would carry the value through the browser and back inside a circuit message,
/// which is capped at 32 KB (<see cref="Hosting.RequestBodyModule.CircuitMessageBytes"/>): a person page or a clinic's
/// grid is larger, and the circuit would never start. So only a random key travels; the value waits here for a minute,
/// is taken once, and only by the person it was loaded for. A miss (another server, a late circuit) just reads again.
/// </summary>
public sealed class PrerenderHandoff(IMemoryCache cache)
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(1);

    /// <summary>Parks <paramref name="value"/> for <paramref name="ownerId"/>; the key is what the page persists.</summary>
    public string Park<T>(long ownerId, T value) where T : class
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        cache.Set(CacheKey(key), new Parked(ownerId, value), Wait);
        return key;
    }

    /// <summary>The value parked under <paramref name="key"/> for <paramref name="ownerId"/>, once; null otherwise.</summary>
    public T? Take<T>(long ownerId, string? key) where T : class
    {
        if (key is null || !cache.TryGetValue(CacheKey(key), out Parked? parked) || parked is null) return null;
        cache.Remove(CacheKey(key));
        return parked.OwnerId == ownerId ? parked.Value as T : null;
    }

    private static string CacheKey(string key) => "prerender-handoff:" + key;

    private sealed record Parked(long OwnerId, object Value);
}
