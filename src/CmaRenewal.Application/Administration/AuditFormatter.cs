using System.Globalization;
using System.Text.Json;
using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Auditing;

namespace CmaRenewal.Application.Administration;

/// <summary>
/// Turns an audit entry's before/after JSON into a history line: the row named (not numbered), ids replaced by names,
/// amounts and instants formatted, one change per field, and neither technical columns (ids, concurrency tokens,
/// storage keys) nor JSON blobs (a rule override's text is summed up by its length).
/// </summary>
public static class AuditFormatter
{
    // Fields nobody reads as history: keys, concurrency tokens and where a certificate's bytes are kept.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
        { "Id", "Certificate.ContentType", "Certificate.SizeBytes", "Certificate.Sha256", "Certificate.StorageKey" };

    private static readonly AppText Text = new(typeof(AuditFormatter));

    // A nested value's key ("EmailPreferences.DigestOff") is looked up without its dot: FieldEmailPreferencesDigestOff.
    private const string UnreadableKey = "Unreadable";

    /// <summary>After a removed field's last value: "Certified on: 2025-03-01 (removed)".</summary>
    public static string Removed => Text["Removed"];

    /// <summary>A row known only by its id (deleted since): "person #12". Its number is an id, never grouped.</summary>
    internal static string Numbered(string key, long id) => string.Format(CultureInfo.InvariantCulture, Text[key], id);

    /// <summary>A credential as the history names it: "CMA-AAMA of Maria Lopez".</summary>
    internal static string CredentialOf(string packCode, string holder) => Text.Format("CredentialOf", packCode, holder);

    public static AuditLine Line(AuditEntry entry, AuditNames names)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(names);
        var before = Flatten(entry.BeforeJson);
        var after = Flatten(entry.AfterJson);
        var row = after.Count > 0 ? after : before;
        var changes = before.Keys.Union(after.Keys).Where(k => !Hidden.Contains(k) && !IsToken(k, row))
            .Select(k => new AuditChange(Label(k), Value(k, before.GetValueOrDefault(k), row, names), Value(k, after.GetValueOrDefault(k), row, names)))
            .Where(c => c.Before != c.After)
            .ToList();
        var actorName = names.Actors.GetValueOrDefault(entry.Actor);
        return new AuditLine(entry.Id, entry.AtUtc, entry.Actor, actorName, entry.Action, entry.EntityType, entry.EntityId,
            $"{Verb(entry.Action)} {Subject(entry, row, names)}", changes);
    }

    private static string Verb(AuditAction action) => Text[action switch
    {
        AuditAction.Added => "VerbAdded",
        AuditAction.Deleted => "VerbDeleted",
        _ => "VerbChanged",
    }];

    /// <summary>The row in words: "credential CMA-AAMA of Maria Lopez", "CE activity 'BLS refresher' of Maria Lopez".</summary>
    private static string Subject(AuditEntry entry, Dictionary<string, string?> row, AuditNames names)
    {
        string Field(string key) => row.GetValueOrDefault(key) ?? "";
        string Person() => names.Person(Id(row.GetValueOrDefault("PersonId")));
        var id = long.TryParse(entry.EntityId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return entry.EntityType switch
        {
            "Clinic" => Text.Format("SubjectClinic", Field("Name") is { Length: > 0 } name ? name : names.Clinic(id)),
            "Person" => Text.Format("SubjectPerson", row.ContainsKey("FirstName") ? $"{Field("FirstName")} {Field("LastName")}" : names.Person(id)),
            "ClinicManager" => Text.Format("SubjectManager", Person(), names.Clinic(Id(row.GetValueOrDefault("ClinicId")))),
            "Credential" => Text.Format("SubjectCredential", Field("PackCode"), Person()),
            "Renewal" => Text.Format("SubjectRenewal", names.Credential(Id(row.GetValueOrDefault("CredentialId")))),
            "CeActivity" => Text.Format("SubjectActivity", Field("Title"), Person()),
            "FeePayment" => Text.Format("SubjectFeePayment", names.Credential(Id(row.GetValueOrDefault("CredentialId")))),
            "RulePackOverride" => Text.Format("SubjectRuleOverride", Field("PackCode"), Field("Version")),
            _ => Text.Format("SubjectOther", Text.Find("Type" + entry.EntityType) ?? Words(entry.EntityType).ToLowerInvariant(), entry.EntityId),
        };
    }

    private static string? Value(string key, string? value, Dictionary<string, string?> row, AuditNames names)
    {
        if (value is null) return null;
        return key switch
        {
            "PersonId" => names.Person(Id(value)),
            "ClinicId" => names.Clinic(Id(value)),
            "CredentialId" => names.Credential(Id(value)),
            "AmountHundredths" => Hundredths(value),
            "AmountCents" => long.TryParse(value, CultureInfo.InvariantCulture, out var cents)
                ? PlainFormat.Money(cents / 100m, row.GetValueOrDefault("Currency")) : value,
            "TimeZone" => TimeZoneText(value),
            _ when value is "true" or "false" => Text[value == "true" ? "Yes" : "No"],
            _ when DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            _ when value.Length > 1 && value[0] is '{' or '[' => Text.Format("TextOfLength", value.Length),
            _ => value,
        };
    }

    private static string TimeZoneText(string id) => Core.Common.TimeZoneChoices.NameOf(id);

    private static string Hundredths(string value) =>
        long.TryParse(value, CultureInfo.InvariantCulture, out var h) ? (h / 100m).ToString("0.##", CultureInfo.InvariantCulture) : value;

    // A Guid "Version" is the row's concurrency token; a rule override's numeric version is real history.
    private static bool IsToken(string key, Dictionary<string, string?> row) =>
        key == "Version" && Guid.TryParse(row.GetValueOrDefault(key), out _);

    private static long Id(string? value) => long.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : 0;

    // A field this list does not know (a new column) reads as its name in words, in either language.
    private static string Label(string key) => Text.Find("Field" + key.Replace(".", "", StringComparison.Ordinal))
        ?? string.Join(": ", key.Split('.').Select((part, i) => i == 0 ? Words(part) : Words(part).ToLowerInvariant()));

    /// <summary>"CertifiedOn" reads "Certified on".</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The row's values by field; a nested value (email preferences, a certificate) becomes "Outer.Inner" fields.</summary>
    internal static Dictionary<string, string?> Flatten(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json)) return values;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind == JsonValueKind.Object) Add(values, "", doc.RootElement);
        }
        catch (JsonException)
        {
            // Written by our own interceptor, so this should not happen; say so rather than show the raw text.
            values[UnreadableKey] = Text["Unreadable"];
        }
        return values;
    }

    private static void Add(Dictionary<string, string?> values, string prefix, JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object) Add(values, key + ".", property.Value);
            else values[key] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => property.Value.GetRawText(),
            };
        }
    }
}
