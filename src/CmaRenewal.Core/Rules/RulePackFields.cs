using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace CmaRenewal.Core.Rules;

/// <summary>The value names (camelCase, as in a pack file) a rule section holds, for checking unverified flags.</summary>
internal static class RulePackFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlySet<string>> Known = new();

    public static IReadOnlySet<string> Of(Type section) => Known.GetOrAdd(section, static type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(ProvenanceFile))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal));
}
