using System.Text.Json;
using System.Text.Json.Serialization;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Core.Reminders;

/// <summary>
/// What a holder's reminder (or a manager's escalation) says, as the engine saw it when it was planned. Stored with
/// the reminder so the email, its retries and its preview all say the same thing. <see cref="AfterGrace"/> is the
/// rule pack's advice once the credential has lapsed.
/// </summary>
public sealed record CredentialSnapshot(
    string PackCode,
    string CredentialName,
    string? Number,
    CredentialStatus Status,
    string StatusReason,
    string StillNeed,
    DateOnly CeCompleteBy,
    DateOnly Expires,
    DateOnly GraceEnds,
    DateOnly? FeeDueOn,
    decimal? FeeAmount,
    string? FeeCurrency,
    string? PersonName = null,
    string? AfterGrace = null);

/// <summary>A manager's weekly digest: every staff credential needing attention in their clinics, and how many were looked at.</summary>
public sealed record StaffDigestSnapshot(IReadOnlyList<StaffDigestRow> Rows, int CredentialsInScope);

/// <summary>A digest line; a Missing row has no expiry and the required code(s) as its <paramref name="PackCode"/>.</summary>
public sealed record StaffDigestRow(long PersonId, string PersonName, string ClinicName, string PackCode, CredentialStatus Status, DateOnly? Expires, string StillNeed);

/// <summary>A holder's Missing reminder: the required code(s) as the export writes them, and the cards' names ("BLS (AHA)").</summary>
public sealed record MissingSnapshot(string Codes, IReadOnlyList<string> Names);

public static class ReminderPayloads
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static CredentialSnapshot Credential(Reminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return reminder.Kind == ReminderKind.MissingCredential
            ? throw new InvalidOperationException($"Reminder {reminder.Id} is a {reminder.Kind}, not a {nameof(CredentialSnapshot)}.")
            : Read<CredentialSnapshot>(reminder, ReminderKind.StaffDigest, expected: false);
    }

    public static MissingSnapshot Missing(Reminder reminder) => Read<MissingSnapshot>(reminder, ReminderKind.MissingCredential, expected: true);

    public static StaffDigestSnapshot StaffDigest(Reminder reminder) => Read<StaffDigestSnapshot>(reminder, ReminderKind.StaffDigest, expected: true);

    private static T Read<T>(Reminder reminder, ReminderKind kind, bool expected)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if ((reminder.Kind == kind) != expected)
            throw new InvalidOperationException($"Reminder {reminder.Id} is a {reminder.Kind}, not a {typeof(T).Name}.");
        return JsonSerializer.Deserialize<T>(reminder.Payload, Options)
            ?? throw new InvalidOperationException($"Reminder {reminder.Id} has an empty payload.");
    }
}
