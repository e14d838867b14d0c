using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// Every field of an engine result that a screen, export or reminder can show, as indented JSON: status and reason,
/// the cycle's dates, milestones, earned by requirement and category, approved, still need, the fee due. Only the
/// per-activity explanations are left out (the totals path has none by design). Amounts are written by value, so
/// 4.00 and 4 compare equal.
/// </summary>
internal static class ResultFingerprint
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new ValueDecimal() },
    };

    public static string Of(ComplianceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Cycle;
        return JsonSerializer.Serialize(new
        {
            result.CredentialId, result.PackCode, result.AsOf, result.Status, result.StatusReason,
            Cycle = new { c.Number, c.Start, c.Expires, c.GraceEnds, c.EarnFrom, c.EarnThrough, c.CeCompleteBy, c.SubmitBy, c.WindowOpens, RulesVersion = c.Rules.Version },
            result.Milestones, result.Progress, result.StillNeed, result.Fee,
        }, Options);
    }

    private sealed class ValueDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("0.############################", CultureInfo.InvariantCulture));
    }
}
