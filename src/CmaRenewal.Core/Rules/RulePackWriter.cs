using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmaRenewal.Core.Rules;

/// <summary>
/// Writes a pack version back in the shape of a pack file (camelCase, kebab-case enums, ISO periods), so an admin's
/// override is stored as the same JSON a shipped file holds and is read back by <see cref="RulePackReader"/>.
/// </summary>
public static partial class RulePackWriter
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A stored override with a misspelt field must fail like a pack file does, not lose the value.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Write(RulePackVersion version) => JsonSerializer.Serialize(ToFile(version), Json);

    internal static VersionFile ToFile(RulePackVersion v) => new()
    {
        Version = v.Version,
        EffectiveFrom = Date(v.EffectiveFrom),
        Summary = v.Summary,
        Cycle = Stamp(new CycleFile
        {
            Anchor = Kebab(v.Cycle.Anchor),
            // An exact-date cycle has no length, and the reader refuses a zero one.
            Length = v.Cycle.Anchor == ExpiryAnchor.ExactDate && v.Cycle.Length.IsZero ? null : v.Cycle.Length.ToString(),
            ReanchorOn = Kebab(v.Cycle.ReanchorOn),
        }, v.Cycle.Provenance),
        Renewal = Stamp(new RenewalFile
        {
            WindowOpensBeforeExpiry = v.Renewal.WindowOpensBeforeExpiry?.ToString(),
            CeCompleteBeforeExpiry = v.Renewal.CeCompleteBeforeExpiry.ToString(),
            ProcessingTime = v.Renewal.ProcessingTime?.ToString(),
        }, v.Renewal.Provenance),
        Lapse = Stamp(new LapseFile { LateCeGrace = v.Lapse.LateCeGrace.ToString(), AfterGrace = v.Lapse.AfterGrace }, v.Lapse.Provenance),
        Fees = [.. v.Fees.Select(Fee)],
        Ce = v.Ce is null ? null : RulePackCeWriter.Ce(v.Ce),
        EarningWindow = Stamp(new EarningWindowFile
        {
            PriorCalendarYears = v.EarningWindow.PriorCalendarYears,
            CarryOver = v.EarningWindow.CarryOver,
            CountsDuringGrace = v.EarningWindow.CountsDuringGrace,
        }, v.EarningWindow.Provenance),
        Reminders = new RemindersFile
        {
            CeDaysBefore = [.. v.Reminders.CeDaysBefore],
            FeeDaysBefore = [.. v.Reminders.FeeDaysBefore],
            ExpirationDaysBefore = [.. v.Reminders.ExpirationDaysBefore],
        },
    };

    private static FeeFile Fee(FeeRule f) => Stamp(new FeeFile
    {
        Kind = f.Kind,
        Schedule = Kebab(f.Schedule),
        Amount = f.Amount,
        AmountNonMember = f.AmountNonMember,
        Currency = f.Currency,
    }, f.Provenance);

    internal static T Stamp<T>(T file, Provenance p) where T : ProvenanceFile
    {
        file.Source = p.Source;
        file.CheckedOn = Date(p.CheckedOn);
        file.Confidence = Kebab(p.Confidence);
        file.Note = p.Note;
        file.Unverified = p.Unverified is null ? null : [.. p.Unverified.Select(f => new UnverifiedFile { Value = f.Value, Reason = f.Reason })];
        return file;
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        KebabBoundary().Replace(value.ToString(), "$1-$2").ToLowerInvariant();

    [System.Text.RegularExpressions.GeneratedRegex("([a-z0-9])([A-Z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex KebabBoundary();
}
