using System.Text.Json;

namespace CmaRenewal.Web.Features.Admin.Audit;

/// <summary>One field of an audited row: its value before and after, and whether it changed.</summary>
public sealed record AuditField(string Name, string? Before, string? After)
{
    public bool Changed => Before != After;
}

/// <summary>Lines up the before and after JSON of an audit entry field by field, so a change reads at a glance.</summary>
public static class AuditDiff
{
    public static IReadOnlyList<AuditField> Fields(string? beforeJson, string? afterJson)
    {
        var before = Read(beforeJson);
        var after = Read(afterJson);
        return [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(k => new AuditField(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))];
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return new() { ["(value)"] = doc.RootElement.GetRawText() };
            return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value));
        }
        catch (JsonException)
        {
            // Written by our own interceptor, so this should not happen; show the raw text rather than nothing.
            return new() { ["(raw)"] = json };
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
