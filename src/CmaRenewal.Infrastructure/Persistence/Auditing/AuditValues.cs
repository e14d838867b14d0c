using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CmaRenewal.Infrastructure.Persistence.Auditing;

/// <summary>Turns a tracked row's scalar values (complex ones nested) into the JSON kept in the audit trail.</summary>
internal static class AuditValues
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(EntityEntry entry, bool original)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        foreach (var complex in entry.ComplexProperties)
            values[complex.Metadata.Name] = Nested(complex, original);
        return JsonSerializer.Serialize(values, Json);
    }

    public static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    private static Dictionary<string, object?>? Nested(ComplexPropertyEntry complex, bool original)
    {
        // An optional complex value that is absent reads back as all-null columns: show it as null.
        var values = complex.Properties.ToDictionary(
            p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue, StringComparer.Ordinal);
        return values.Values.All(v => v is null) ? null : values;
    }
}
