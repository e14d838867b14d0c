using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmaRenewal.Core.Rules;

/// <summary>Reads one rule pack file and validates every field, failing with the file and field path.</summary>
public static class RulePackReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static RulePack Read(string fileName, string json)
    {
        RulePackFile? file;
        try
        {
            file = JsonSerializer.Deserialize<RulePackFile>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new RulePackException(fileName, ex.Path ?? "$", ex.Message);
        }
        if (file is null) throw new RulePackException(fileName, "$", "the file is empty.");
        return new Validator(fileName).Pack(file);
    }

    private sealed class Validator(string fileName)
    {
        // An organisation's own type has no outside page to cite; its rules say so instead of naming a source.
        private bool organisation;

        public RulePack Pack(RulePackFile file)
        {
            organisation = file.Origin switch
            {
                null => false,
                RulePack.OrganisationOrigin => true,
                _ => throw Error("origin", $"must be '{RulePack.OrganisationOrigin}' or absent."),
            };
            var code = Text(file.Code, "code");
            var body = Text(file.Body, "body");
            var credential = Text(file.Credential, "credential");
            if (!string.Equals(code, $"{credential}-{body}", StringComparison.Ordinal))
                Fail("code", $"must be credential-body ('{credential}-{body}'), not '{code}'.");
            var versions = Required(file.Versions, "versions");
            if (versions.Count == 0) Fail("versions", "at least one version is required.");
            var read = versions.Select((v, i) => Version(v, $"versions[{i}]")).ToList();
            for (var i = 1; i < read.Count; i++)
            {
                if (read[i].EffectiveFrom <= read[i - 1].EffectiveFrom)
                    Fail($"versions[{i}].effectiveFrom", "versions must be in increasing effectiveFrom order.");
                if (read[i].Version <= read[i - 1].Version)
                    Fail($"versions[{i}].version", "version numbers must increase.");
            }
            return new RulePack(code, body, credential, Text(file.Title, "title"), read) { DefinedByOrganisation = organisation };
        }

        private RulePackVersion Version(VersionFile v, string at)
        {
            var number = Required(v.Version, $"{at}.version");
            if (number < 1) Fail($"{at}.version", "must be 1 or more.");
            var ce = v.Ce is null ? null : Ce(v.Ce, $"{at}.ce");
            var cycle = Cycle(Required(v.Cycle, $"{at}.cycle"), $"{at}.cycle");
            return new RulePackVersion(
                number,
                Date(v.EffectiveFrom, $"{at}.effectiveFrom"),
                Text(v.Summary, $"{at}.summary"),
                cycle,
                Renewal(Required(v.Renewal, $"{at}.renewal"), $"{at}.renewal"),
                Lapse(Required(v.Lapse, $"{at}.lapse"), $"{at}.lapse"),
                (v.Fees ?? []).Select((f, i) => Fee(f, $"{at}.fees[{i}]")).ToList(),
                ce,
                Window(Required(v.EarningWindow, $"{at}.earningWindow"), $"{at}.earningWindow"),
                Reminders(Required(v.Reminders, $"{at}.reminders"), $"{at}.reminders"));
        }

        private CycleRule Cycle(CycleFile c, string at)
        {
            var anchor = Enum<ExpiryAnchor>(c.Anchor, $"{at}.anchor");
            var length = anchor == ExpiryAnchor.ExactDate && c.Length is null ? Period.Zero : Duration(c.Length, $"{at}.length");
            if (anchor != ExpiryAnchor.ExactDate && length.IsZero) Fail($"{at}.length", "a computed cycle needs a length.");
            return new CycleRule(anchor, length, Enum<Reanchor>(c.ReanchorOn, $"{at}.reanchorOn"), Provenance(c, at));
        }

        private RenewalRule Renewal(RenewalFile r, string at) => new(
            OptionalDuration(r.WindowOpensBeforeExpiry, $"{at}.windowOpensBeforeExpiry"),
            OptionalDuration(r.CeCompleteBeforeExpiry, $"{at}.ceCompleteBeforeExpiry") ?? Period.Zero,
            OptionalDuration(r.ProcessingTime, $"{at}.processingTime") ?? OptionalDuration(r.SubmitBeforeExpiry, $"{at}.submitBeforeExpiry"),
            Provenance(r, at));

        private LapseRule Lapse(LapseFile l, string at) =>
            new(Duration(l.LateCeGrace, $"{at}.lateCeGrace", allowZero: true), Text(l.AfterGrace, $"{at}.afterGrace"), Provenance(l, at));

        private FeeRule Fee(FeeFile f, string at)
        {
            if (f.Amount is < 0) Fail($"{at}.amount", "must not be negative.");
            if (f.AmountNonMember is < 0) Fail($"{at}.amountNonMember", "must not be negative.");
            var currency = Text(f.Currency, $"{at}.currency");
            if (currency.Length != 3) Fail($"{at}.currency", "must be a three-letter ISO code such as USD.");
            return new FeeRule(Text(f.Kind, $"{at}.kind"), Enum<FeeSchedule>(f.Schedule, $"{at}.schedule"),
                f.Amount, f.AmountNonMember, currency, Provenance(f, at));
        }

        private CeRequirement Ce(CeFile c, string at)
        {
            var total = Positive(c.Total, $"{at}.total");
            var categories = (c.Categories ?? []).Select((k, i) => Category(k, $"{at}.categories[{i}]")).ToList();
            if (categories.Sum(k => k.Minimum) > total) Fail($"{at}.categories", "the category minimums add up to more than the total.");
            if (categories.GroupBy(k => k.Code, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
                Fail($"{at}.categories", "category codes must be unique.");
            var approved = c.ApprovedProvider is null ? null : Approved(c.ApprovedProvider, $"{at}.approvedProvider", total);
            var conversions = Required(c.Conversions, $"{at}.conversions").Select((k, i) => Conversion(k, $"{at}.conversions[{i}]")).ToList();
            if (conversions.Count == 0) Fail($"{at}.conversions", "at least one accepted unit is required.");
            var kinds = (c.ActivityKinds ?? []).Select((k, i) => Kind(k, $"{at}.activityKinds[{i}]", categories)).ToList();
            return new CeRequirement(total, Text(c.UnitName, $"{at}.unitName"), categories, approved, conversions, kinds, Provenance(c, at));
        }

        private CategoryRule Category(CategoryFile k, string at)
        {
            var minimum = Required(k.Minimum, $"{at}.minimum");
            if (minimum < 0) Fail($"{at}.minimum", "must not be negative.");
            return new CategoryRule(Text(k.Code, $"{at}.code"), Text(k.Name, $"{at}.name"), minimum);
        }

        private ApprovedProviderRule Approved(ApprovedFile a, string at, decimal total)
        {
            var minimum = Positive(a.Minimum, $"{at}.minimum");
            if (minimum > total) Fail($"{at}.minimum", "is more than the CE total.");
            return new ApprovedProviderRule(Text(a.Label, $"{at}.label"), minimum, Provenance(a, at));
        }

        private UnitConversion Conversion(ConversionFile k, string at)
        {
            var unit = Text(k.Unit, $"{at}.unit");
            if (!Units.IsKnown(unit)) Fail($"{at}.unit", $"'{unit}' is not a known unit ({string.Join(", ", Units.All)}).");
            return new UnitConversion(unit, Positive(k.Factor, $"{at}.factor"), Provenance(k, at));
        }

        private ActivityKindRule Kind(ActivityKindFile k, string at, List<CategoryRule> categories)
        {
            var accepted = Required(k.Accepted, $"{at}.accepted");
            if (k.Category is not null && !categories.Any(c => c.Code == k.Category))
                Fail($"{at}.category", $"'{k.Category}' is not one of this pack's categories.");
            if (k.AmountEach is <= 0) Fail($"{at}.amountEach", "must be positive.");
            if (k.MaxCount is < 0) Fail($"{at}.maxCount", "must not be negative.");
            return new ActivityKindRule(Text(k.Kind, $"{at}.kind"), accepted, k.AmountEach, k.Category, k.MaxCount, Provenance(k, at));
        }

        private EarningWindowRule Window(EarningWindowFile w, string at)
        {
            var prior = w.PriorCalendarYears ?? 0;
            if (prior is < 0 or > 5) Fail($"{at}.priorCalendarYears", "must be between 0 and 5.");
            return new EarningWindowRule(prior, w.CarryOver ?? false, w.CountsDuringGrace ?? true, Provenance(w, at));
        }

        private ReminderRule Reminders(RemindersFile r, string at) => new(
            Offsets(r.CeDaysBefore, $"{at}.ceDaysBefore"),
            Offsets(r.FeeDaysBefore, $"{at}.feeDaysBefore"),
            Offsets(r.ExpirationDaysBefore, $"{at}.expirationDaysBefore"));

        private List<int> Offsets(List<int>? days, string at)
        {
            var list = Required(days, at);
            if (list.Any(d => d is < 0 or > 3650)) Fail(at, "offsets must be between 0 and 3650 days.");
            if (list.Distinct().Count() != list.Count) Fail(at, "offsets must not repeat.");
            return [.. list.OrderDescending()];
        }

        private Provenance Provenance(ProvenanceFile p, string at)
        {
            var source = Text(p.Source, $"{at}.source");
            var ownRule = organisation && source == Rules.Provenance.Organisation;
            if (!ownRule && (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
                Fail($"{at}.source", $"'{source}' is not an http(s) address.");
            var confidence = Enum<Confidence>(p.Confidence, $"{at}.confidence");
            var flags = (p.Unverified ?? []).Select((f, i) => Flag(p, f, $"{at}.unverified[{i}]")).ToList();
            if (flags.Count > 0 && confidence == Confidence.Verified)
                Fail($"{at}.confidence", "a rule with unverified values must be marked unverified.");
            return new Provenance(source, Date(p.CheckedOn, $"{at}.checkedOn"), confidence, p.Note, flags.Count == 0 ? null : flags);
        }

        // A flag names a field of its own rule, so a misspelt name fails here instead of flagging nothing.
        private UnverifiedValue Flag(ProvenanceFile rule, UnverifiedFile flag, string at)
        {
            var value = Text(flag.Value, $"{at}.value");
            if (!RulePackFields.Of(rule.GetType()).Contains(value))
                Fail($"{at}.value", $"'{value}' is not a value of this rule ({string.Join(", ", RulePackFields.Of(rule.GetType()))}).");
            return new UnverifiedValue(value, Text(flag.Reason, $"{at}.reason"));
        }

        private T Required<T>(T? value, string at) where T : class => value ?? throw Error(at, "is required.");

        private T Required<T>(T? value, string at) where T : struct => value ?? throw Error(at, "is required.");

        private string Text(string? value, string at) =>
            string.IsNullOrWhiteSpace(value) ? throw Error(at, "is required.") : value.Trim();

        private decimal Positive(decimal? value, string at)
        {
            var v = Required(value, at);
            return v > 0 ? v : throw Error(at, "must be positive.");
        }

        private DateOnly Date(string? value, string at) =>
            DateOnly.TryParseExact(Text(value, at), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Error(at, $"'{value}' is not a date in YYYY-MM-DD form.");

        private Period Duration(string? value, string at, bool allowZero = false)
        {
            if (!Period.TryParse(Text(value, at), out var period)) throw Error(at, $"'{value}' is not a period such as P60M or P90D.");
            if (!allowZero && period.IsZero) throw Error(at, "must not be zero.");
            return period;
        }

        private Period? OptionalDuration(string? value, string at) => value is null ? null : Duration(value, at, allowZero: true);

        private TEnum Enum<TEnum>(string? value, string at) where TEnum : struct, Enum
        {
            var text = Text(value, at).Replace("-", "", StringComparison.Ordinal);
            if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)) return parsed;
            var allowed = string.Join(", ", System.Enum.GetNames<TEnum>().Select(Kebab));
            throw Error(at, $"'{value}' is not one of {allowed}.");
        }

        private static string Kebab(string name) =>
            string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

        private RulePackException Error(string at, string problem) => new(fileName, at, problem);

        private void Fail(string at, string problem) => throw Error(at, problem);
    }
}
