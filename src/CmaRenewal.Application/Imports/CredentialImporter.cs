using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Credentials;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Imports;

/// <summary>A valid credentials row.</summary>
internal sealed record CredentialRow(string Email, long PersonId, string PackCode, string? Number, DateOnly CertifiedOn,
    DateOnly? RenewedOn, DateOnly? PaidThrough, DateOnly Today, CredentialImporter.Known? Existing);

/// <summary>
/// Credentials, checked like the credential form (<see cref="CredentialInput.Validate"/>) and built by
/// <see cref="Credential"/> itself. A known key (email, credential, number) is updated: a different certified_on
/// corrects the certification, a last_recertified_on not yet recorded is recorded as a renewal, and a
/// fee_paid_through beyond what is paid is recorded as a payment (amount 0: the file does not say what was paid).
/// </summary>
internal sealed class CredentialImporter(ImportSession session) : RowImporter<CredentialRow>(session)
{
    private static readonly AppText Text = new(typeof(CredentialImporter));

    private const int Batch = 500;
    private readonly List<(Credential Credential, DateOnly PaidThrough, DateOnly Today)> fees = [];
    private Dictionary<string, ImportPerson> people = [];
    private Dictionary<(long PersonId, string PackCode, string? Number), Known> known = [];
    private int pending;

    /// <summary>A stored credential as the file compares with it.</summary>
    internal sealed record Known(long Id, DateOnly CertifiedOn, IReadOnlyList<DateOnly> Renewals, DateOnly? PaidThrough);

    public override string KeyColumn => "number";

    public override async Task LoadAsync(CancellationToken ct)
    {
        people = await ImportDirectory.PeopleAsync(Db, Scope, ct);
        var ids = ImportDirectory.InScope(Db, Scope).Select(p => p.Id);
        var rows = await Db.Credentials.AsNoTracking().Where(c => ids.Contains(c.PersonId))
            .Select(c => new
            {
                c.Id, c.PersonId, c.PackCode, c.Number, c.CertifiedOn,
                Renewals = c.Renewals.Select(r => r.RenewedOn).ToList(),
                PaidThrough = Db.FeePayments.Where(f => f.CredentialId == c.Id).Max(f => (DateOnly?)f.PaidThrough),
            }).ToListAsync(ct);
        known = rows.ToDictionary(r => (r.PersonId, r.PackCode.ToUpperInvariant(), r.Number), r => new Known(r.Id, r.CertifiedOn, r.Renewals, r.PaidThrough));
    }

    public override CredentialRow? Parse(ImportFile record, int line, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var (email, person) = Holder(record, line, people, problems);
        var today = Session.TodayIn(person?.Zone ?? "UTC");

        var code = record["credential"];
        RulePack? pack = null;
        if (!Session.Rules.TryGet(code, out pack!))
        {
            pack = null;
            problems.Add(new ImportProblem(line, "credential", code,
                Text.Format("NotACode", string.Join(", ", Session.Rules.All.Select(p => p.Code).Order(StringComparer.Ordinal)))));
        }
        var reported = new HashSet<string>(StringComparer.Ordinal) { nameof(CredentialInput.PackCode) };
        var certifiedOn = Date(record, "certified_on", line, problems, required: true);
        if (certifiedOn is null) reported.Add(nameof(CredentialInput.CertifiedOn));
        var renewed = Date(record, "last_recertified_on", line, problems, required: false);
        if (renewed is null && record["last_recertified_on"].Length > 0) reported.Add(nameof(CredentialInput.LastRenewedOn));
        var paidThrough = Date(record, "fee_paid_through", line, problems, required: false);

        var input = new CredentialInput
        {
            PackCode = pack?.Code ?? code,
            Number = record["number"],
            CertifiedOn = Iso(certifiedOn, record["certified_on"]),
            LastRenewedOn = Iso(renewed, record["last_recertified_on"]),
        };
        foreach (var (field, message) in input.Validate(today, c => Session.Rules.TryGet(c, out _)).Where(e => !reported.Contains(e.Key)))
        {
            var column = Column(field);
            problems.Add(new ImportProblem(line, column, record[column], message));
        }
        var certified = CeActivityRules.ParseDate(input.CertifiedOn);
        if (paidThrough is { } through && pack is not null)
        {
            if (pack.VersionFor(today).Fees.Count == 0)
                problems.Add(new ImportProblem(line, "fee_paid_through", record["fee_paid_through"], Text.Format("NoFee", pack.Code)));
            else if (through < certified)
                problems.Add(new ImportProblem(line, "fee_paid_through", record["fee_paid_through"], Text["BeforeCertification"]));
        }
        if (problems.Count > before || person is null || pack is null) return null;

        // The domain has the last word: the constructor and RecordRenewal refuse what the engine could not judge.
        var number = string.IsNullOrWhiteSpace(input.Number) ? null : input.Number.Trim();
        var ok = Check(() =>
        {
            var credential = new Credential(person.Id, pack.Code, certified!.Value, number);
            if (renewed is { } r) credential.RecordRenewal(r);
            return true;
        }, line, "certified_on", input.CertifiedOn!, problems);
        if (!ok) return null;
        known.TryGetValue((person.Id, pack.Code.ToUpperInvariant(), number), out var existing);
        return new CredentialRow(email!, person.Id, pack.Code, number, certified!.Value, renewed, paidThrough, today, existing);
    }

    public override string Key(CredentialRow row) => $"{row.Email}\n{row.PackCode}\n{row.Number}";

    public override (string Person, string What) Describe(CredentialRow row) =>
        (row.Email, Text.Format("What", row.PackCode + (row.Number is null ? "" : $" {row.Number}"), row.CertifiedOn)
            + (row.RenewedOn is { } renewed ? Text.Format("Recertified", renewed) : "")
            + (row.PaidThrough is { } paid ? Text.Format("PaidThrough", paid) : ""));

    public override ValueTask<RowOutcome> ClassifyAsync(CredentialRow row, int line, List<ImportProblem> problems, CancellationToken ct)
    {
        if (row.Existing is not { } k) return ValueTask.FromResult(RowOutcome.Create);
        var before = problems.Count;
        var newRenewal = row.RenewedOn is { } renewed && !k.Renewals.Contains(renewed);
        if (newRenewal && k.Renewals.Any(r => r > row.RenewedOn))
            problems.Add(new ImportProblem(line, "last_recertified_on", $"{row.RenewedOn:yyyy-MM-dd}", Text["LaterRecertification"]));
        if (k.CertifiedOn != row.CertifiedOn && k.Renewals.Any(r => r < row.CertifiedOn))
            problems.Add(new ImportProblem(line, "certified_on", $"{row.CertifiedOn:yyyy-MM-dd}", Text["RecertificationPrecedes"]));
        if (problems.Count > before) return ValueTask.FromResult(RowOutcome.Invalid);
        var changed = newRenewal || k.CertifiedOn != row.CertifiedOn || row.PaidThrough is { } through && !(k.PaidThrough >= through);
        return ValueTask.FromResult(changed ? RowOutcome.Update : RowOutcome.Unchanged);
    }

    public override async Task ApplyAsync(CredentialRow row, RowOutcome outcome, CancellationToken ct)
    {
        Credential credential;
        if (outcome == RowOutcome.Create)
        {
            credential = new Credential(row.PersonId, row.PackCode, row.CertifiedOn, row.Number);
            Db.Credentials.Add(credential);
        }
        else
        {
            credential = await Db.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == row.Existing!.Id, ct);
            if (credential.CertifiedOn != row.CertifiedOn) credential.CorrectCertification(row.CertifiedOn, credential.Number);
        }
        if (row.RenewedOn is { } renewed && credential.Renewals.All(r => r.RenewedOn != renewed)) credential.RecordRenewal(renewed);
        if (row.PaidThrough is { } through && !(row.Existing?.PaidThrough >= through)) fees.Add((credential, through, row.Today));
        if (++pending >= Batch) await FlushAsync(ct);
    }

    public override async Task FlushAsync(CancellationToken ct)
    {
        // Payments need their credential's id, which a new credential has only once saved.
        await Db.SaveChangesAsync(ct);
        foreach (var (credential, through, today) in fees)
            Db.FeePayments.Add(new FeePayment(credential.Id, today < through ? today : through, through, 0));
        if (fees.Count > 0) await Db.SaveChangesAsync(ct);
        fees.Clear();
        Db.ChangeTracker.Clear();
        pending = 0;
    }

    private static string Column(string field) => field switch
    {
        nameof(CredentialInput.PackCode) => "credential",
        nameof(CredentialInput.CertifiedOn) => "certified_on",
        nameof(CredentialInput.LastRenewedOn) => "last_recertified_on",
        _ => "number",
    };
}
