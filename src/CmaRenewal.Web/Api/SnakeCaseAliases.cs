using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CmaRenewal.Web.Api;

/// <summary>
/// The API's JSON is camelCase (<c>certifiedOn</c>), but clients written against the wording send snake_case
/// (<c>certified_on</c>, <c>last_recertified_on</c>). Each of the API's own types gets a write-only alias per property,
/// so both spellings bind the same shape while the serializer reads the body once, as it streams. Answers and the
/// OpenAPI document show only camelCase (<see cref="IsAlias"/>). Dictionary keys (the categories under <c>splits</c>)
/// are data, not names, and are left alone.
/// </summary>
internal static class SnakeCaseAliases
{
    public static void Add(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Assembly != typeof(SnakeCaseAliases).Assembly) return;
        var names = type.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in type.Properties.ToList())
        {
            var snake = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            if (property.Set is null || !names.Add(snake)) continue;
            var alias = type.CreateJsonPropertyInfo(property.PropertyType, snake);
            alias.Set = property.Set;
            alias.CustomConverter = property.CustomConverter;
            type.Properties.Add(alias);
        }
    }

    /// <summary>Whether a schema property is one of these aliases (only they contain an underscore).</summary>
    public static bool IsAlias(string name) => name.Contains('_', StringComparison.Ordinal);
}
