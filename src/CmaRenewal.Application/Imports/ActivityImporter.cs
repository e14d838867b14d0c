using System.Globalization;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Imports;

namespace CmaRenewal.Application.Imports;

/// <summary>A valid activities row: the activity as the domain built it, and the credentials it counts toward.</summary>
internal sealed record ActivityRow(string Email, CeActivity Activity, IReadOnlyList<long> CredentialIds);

/// <summary>
/// CE activities: checked like the CE form (<see cref="CeActivityRules"/>, the <see cref="CeActivity"/> constructor),
/// linked like the form (<see cref="CredentialOption.DefaultLinks"/> when counts_toward is empty), and written with
/// Infrastructure's prepared bulk inserts (<see cref="ActivityWriter"/>). A row whose key (email, completed_on, title, provider) is already stored is unchanged:
/// activities are never updated by an import.
/// </summary>
internal sealed class ActivityImporter(ImportSession session) : RowImporter<ActivityRow>(session)
{
    private static readonly AppText Text = new(typeof(ActivityImporter));

    private Dictionary<string, ImportPerson> people = [];
    private ILookup<long, ImportCredential> credentials = Enumerable.Empty<ImportCredential>().ToLookup(c => c.PersonId);
    private ActivityWriter? writer;

    public override string KeyColumn => "title";

    public override async Task LoadAsync(CancellationToken ct)
    {
        people = await ImportDirectory.PeopleAsync(Db, Scope, ct);
        credentials = await ImportDirectory.CredentialsAsync(Db, Scope, ct);
        writer = Session.Sql.Activities();
    }

    public override ActivityRow? Parse(ImportFile record, int line, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var (email, person) = Holder(record, line, people, problems);
        var today = Session.TodayIn(person?.Zone ?? "UTC");

        var completedOn = Date(record, "completed_on", line, problems, required: true);
        var input = new CeActivityInput
        {
            CompletedOn = Iso(completedOn, record["completed_on"]),
            Title = record["title"],
            Provider = record["provider"],
            Unit = Units.Find(record["unit"]) ?? record["unit"],
        };
        var reported = new HashSet<string>(StringComparer.Ordinal);
        if (completedOn is null) reported.Add("CompletedOn");
        var amountText = record["amount"];
        if (decimal.TryParse(amountText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            input.Amount = amount;
        else
        {
            problems.Add(new ImportProblem(line, "amount", amountText, Text["NotANumber"]));
            reported.Add("Amount");
        }
        if (!Units.IsKnown(input.Unit))
        {
            problems.Add(new ImportProblem(line, "unit", record["unit"], Text.Format("UnknownUnit", string.Join(", ", Units.All.Select(Units.Label)))));
            reported.Add("Unit");
        }
        foreach (var (field, message) in CeActivityRules.Validate(input, today).Where(e => !reported.Contains(e.Key)))
        {
            var column = Column(field);
            problems.Add(new ImportProblem(line, column, record[column], message));
        }
        var approved = YesNo(record["approved"], line, problems);
        var links = person is null || !Units.IsKnown(input.Unit) ? [] : Links(record["counts_toward"], person, input.Unit, today, line, problems);
        var category = links is null ? null : Category(record["category"], links, line, problems);
        if (problems.Count > before || person is null || links is null || approved is null) return null;

        var details = new CeActivityDetails(CeActivityRules.ParseDate(input.CompletedOn)!.Value, input.Title!, input.Provider!,
            (long)(input.Amount!.Value * 100m), input.Unit, category, approved.Value);
        var activity = Check(() => new CeActivity(person.Id, details, Session.NowUtc), line, "title", input.Title!, problems);
        return activity is null ? null : new ActivityRow(email!, activity, [.. links.Select(l => l.Credential.Id)]);
    }

    public override string Key(ActivityRow row) =>
        $"{row.Email}\n{row.Activity.CompletedOn:yyyy-MM-dd}\n{row.Activity.Title}\n{row.Activity.Provider}";

    public override (string Person, string What) Describe(ActivityRow row)
    {
        var a = row.Activity;
        var amount = StillNeed.Format(a.AmountHundredths / 100m);
        return (row.Email, Text.Format("What", a.Title, a.CompletedOn, amount, UnitWording.Label(a.Unit, a.AmountHundredths / 100m)));
    }

    public override async ValueTask<RowOutcome> ClassifyAsync(ActivityRow row, int line, List<ImportProblem> problems, CancellationToken ct) =>
        await writer!.ExistsAsync(row.Activity.PersonId, row.Activity.CompletedOn, row.Activity.Title, row.Activity.Provider, ct)
            ? RowOutcome.Unchanged
            : RowOutcome.Create;

    public override async Task ApplyAsync(ActivityRow row, RowOutcome outcome, CancellationToken ct)
    {
        if (outcome == RowOutcome.Create) await writer!.AddAsync(row.Activity, row.CredentialIds, ct);
    }

    public override async Task FlushAsync(CancellationToken ct)
    {
        if (writer is not null) await writer.DisposeAsync();
        writer = null;
    }

    private static string Column(string field) => field switch
    {
        "CompletedOn" => "completed_on",
        "Amount" or "Split" => "amount",
        _ => field.ToLowerInvariant(),
    };

    private static bool? YesNo(string text, int line, List<ImportProblem> problems)
    {
        if (string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(text, "no", StringComparison.OrdinalIgnoreCase)) return false;
        problems.Add(new ImportProblem(line, "approved", text, Text["YesOrNo"]));
        return null;
    }

    /// <summary>The person's credentials this activity counts toward, with the pack version judging each; null with problems.</summary>
    private List<(ImportCredential Credential, RulePackVersion Rules)>? Links(
        string text, ImportPerson person, string unit, DateOnly today, int line, List<ImportProblem> problems)
    {
        var held = credentials[person.Id]
            .Select(c => (Credential: c, Rules: Session.Rules.TryGet(c.PackCode, out var pack) ? pack.VersionFor(today) : null))
            .Where(c => c.Rules is not null).Select(c => (c.Credential, Rules: c.Rules!)).ToList();
        var options = held.Select(h => CredentialOption.For(h.Credential.Id, h.Credential.PackCode, h.Rules.Ce)).ToList();
        if (text.Length == 0)
        {
            var ids = CredentialOption.DefaultLinks(options, unit).ToHashSet();
            return [.. held.Where(h => ids.Contains(h.Credential.Id))];
        }
        var chosen = new List<(ImportCredential, RulePackVersion)>();
        var before = problems.Count;
        foreach (var code in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!Session.Rules.TryGet(code, out _))
                problems.Add(new ImportProblem(line, "counts_toward", text, Text.Format("NotACode", ImportProblem.Quote(code), string.Join(", ", Session.Rules.All.Select(p => p.Code).Order(StringComparer.Ordinal)))));
            else if (held.Where(h => string.Equals(h.Credential.PackCode, code, StringComparison.OrdinalIgnoreCase)).ToList() is not { Count: > 0 } matching)
                problems.Add(new ImportProblem(line, "counts_toward", text, Text.Format("HoldsNone", ImportProblem.Quote(code))));
            else if (matching.Where(m => options.Single(o => o.Id == m.Credential.Id).Accepts(unit)).ToList() is not { Count: > 0 } accepting)
                problems.Add(new ImportProblem(line, "counts_toward", text, Text.Format("DoesNotAccept", matching[0].Credential.PackCode, ImportProblem.Quote(unit))));
            else chosen.AddRange(accepting);
        }
        return problems.Count > before ? null : chosen;
    }

    /// <summary>The category as the packs spell it; empty is none. It must be a category of a pack the activity counts toward.</summary>
    private static string? Category(string text, List<(ImportCredential Credential, RulePackVersion Rules)> links, int line, List<ImportProblem> problems)
    {
        if (text.Length == 0) return null;
        var categories = links.SelectMany(l => l.Rules.Ce?.Categories ?? []).DistinctBy(c => c.Code, StringComparer.OrdinalIgnoreCase).ToList();
        if (categories.Count == 0)
        {
            var codes = links.Count == 0 ? Text["NoneCountedToward"] : string.Join(", ", links.Select(l => l.Credential.PackCode).Distinct());
            problems.Add(new ImportProblem(line, "category", text, Text.Format("NoCategories", codes)));
            return null;
        }
        if (categories.FirstOrDefault(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase)) is { } match) return match.Code;
        problems.Add(new ImportProblem(line, "category", text, Text.Format("NotACategory", string.Join(", ", categories.Select(c => c.Code)))));
        return null;
    }
}
