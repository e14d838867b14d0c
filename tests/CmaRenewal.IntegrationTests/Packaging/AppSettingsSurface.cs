using System.Collections;
using System.Reflection;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.IntegrationTests.Packaging;

/// <summary>
/// Every configuration key the app reads: each options class's section (its <c>Section</c> constant) and the
/// properties the binder can reach from it, the few keys read by name, and the platform's own (ASP.NET Core, .NET,
/// logging, OpenTelemetry).
/// </summary>
internal static class AppSettingsSurface
{
    private static readonly string[] PlatformPrefixes = ["ASPNETCORE_", "DOTNET_", "OTEL_", "Logging:"];
    private static readonly string[] PlatformKeys = ["AllowedHosts"];
    private static readonly string[] ReadByName =
        ["Rules:Directory", RequestBodyOptions.Key, $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}", TelemetryModule.EndpointVariable];

    private static readonly Dictionary<string, Type> Sections = new[] { typeof(AppUrlOptions).Assembly, typeof(DatabaseOptions).Assembly }
        .SelectMany(a => a.GetTypes())
        .Select(t => (Type: t, Field: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
        .Where(s => s.Field is { IsLiteral: true } && s.Field.FieldType == typeof(string))
        .ToDictionary(s => (string)s.Field!.GetRawConstantValue()!, s => s.Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The options sections found, so a test can show the scan found them.</summary>
    public static IReadOnlyCollection<string> SectionNames => Sections.Keys;

    /// <summary>True when <paramref name="key"/> (an environment name, <c>__</c> for <c>:</c>) is one the app reads.</summary>
    public static bool Knows(string key)
    {
        var path = key.Replace("__", ":", StringComparison.Ordinal);
        if (PlatformKeys.Contains(path, StringComparer.OrdinalIgnoreCase) || ReadByName.Contains(path, StringComparer.OrdinalIgnoreCase)) return true;
        if (PlatformPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))) return true;
        var parts = path.Split(':');
        return parts.Length > 1 && Sections.TryGetValue(parts[0], out var type) && Binds(type, parts[1..]);
    }

    // Follows the binder: properties by name (any case), list items by index, dictionary entries by any key.
    private static bool Binds(Type type, string[] path)
    {
        if (path.Length == 0) return true;
        if (IsLeaf(type)) return false;
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var generic
            && (generic == typeof(Dictionary<,>) || generic == typeof(IDictionary<,>) || generic == typeof(IReadOnlyDictionary<,>)))
            return Binds(type.GetGenericArguments()[1], path[1..]);
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            return int.TryParse(path[0], out _) && Binds(item, path[1..]);
        }
        var property = type.GetProperty(path[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { CanWrite: true } && Binds(property.PropertyType, path[1..]);
    }

    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan)
            || t == typeof(TimeOnly) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(Uri);
    }
}
