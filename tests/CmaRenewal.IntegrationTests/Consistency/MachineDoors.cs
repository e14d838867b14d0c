using System.Globalization;
using System.Text.Json;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.IntegrationTests.Consistency;

/// <summary>Reads one credential out of what programs receive: the CSV export, the API's JSON, the calendar feed.</summary>
internal static class MachineDoors
{
    /// <summary>The compliance export's row for the credential (email, pack and number identify it).</summary>
    public static DoorView FromCsv(string csv, string email, string pack, string? number)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var lines = csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',').Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        var row = Assert.Single(lines.Skip(1).Select(l => l.Split(',')),
            r => r[header["email"]] == email && r[header["credential"]] == pack && r[header["number"]] == (number ?? ""));
        return new DoorView("CSV export", Status(row[header["status"]]),
            Amount(row[header["earned"]]), Amount(row[header["still_need"]]), null);
    }

    /// <summary>A <c>ComplianceDto</c> as the API serialises it.</summary>
    public static DoorView FromApi(string door, JsonElement compliance)
    {
        var progress = compliance.GetProperty("progress");
        var stillNeed = compliance.GetProperty("stillNeed");
        return new DoorView(door, Enum.Parse<CredentialStatus>(compliance.GetProperty("status").GetString()!),
            progress.ValueKind == JsonValueKind.Null ? null : progress.GetProperty("total").GetProperty("counted").GetDecimal(),
            stillNeed.GetProperty("total").GetDecimal(), stillNeed.GetProperty("summary").GetString());
    }

    /// <summary>
    /// Every event of the credential's current cycle: each says the status in words, and each open step but the fee
    /// says what is still needed. One view per event, so a disagreeing event is named.
    /// </summary>
    public static IEnumerable<DoorView> FromFeed(Ical.Net.Calendar calendar, long credentialId)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        foreach (var e in calendar.Events.Where(e => e.Uid!.StartsWith($"credential-{credentialId}-cycle-", StringComparison.Ordinal)))
        {
            var lines = e.Description!.Split('\n');
            var statusLine = Assert.Single(lines, l => l.StartsWith("Status: ", StringComparison.Ordinal));
            var status = Enum.GetValues<CredentialStatus>().Single(s => statusLine.StartsWith($"Status: {ComplianceWording.Status(s)}.", StringComparison.Ordinal));
            var need = lines.FirstOrDefault(l => l.StartsWith("Still needed: ", StringComparison.Ordinal));
            yield return new DoorView($"calendar event {e.Uid}", status, null, null, need?["Still needed: ".Length..^1]);
        }
    }

    // Every export writes the status's name.
    private static CredentialStatus Status(string cell) => Enum.Parse<CredentialStatus>(cell);

    private static decimal? Amount(string cell) => cell.Length == 0 ? null : decimal.Parse(cell, CultureInfo.InvariantCulture);
}
