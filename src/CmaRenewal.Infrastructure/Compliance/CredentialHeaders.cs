using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>A credential in scope with its holder, renewal history and payments: everything but the CE.</summary>
internal sealed record CredentialHeader(
    CredentialFacts Facts, long PersonId, string PersonName, string Email, long ClinicId, bool PersonIsActive, string? Number,
    IReadOnlyList<FeePaymentFacts> Payments, DateOnly? LastActivityOn);

internal static class CredentialHeaders
{
    /// <summary>
    /// The credentials in <paramref name="scope"/>; with <paramref name="lastActivityUpTo"/>, each holder's latest CE that
    /// was not rejected, up to that date, comes along in the same query (so looking back in time shows what was on
    /// record then).
    /// </summary>
    public static async Task<List<CredentialHeader>> LoadAsync(
        CmaRenewalDbContext db, ComplianceScope scope, DateOnly? lastActivityUpTo, CancellationToken ct)
    {
        var (rows, renewalRows, paymentRows) = db.Database.IsSqlite()
            ? await SqliteHeaderRows.ReadAsync(db, scope, lastActivityUpTo, ct)
            : await ReadAsync(db, scope, lastActivityUpTo, ct);
        // Grouped in dictionaries of lists rather than lookups (renewals come in date order, so each list is built
        // sorted), and an empty list shared by the many credentials with none.
        var renewals = new Dictionary<long, List<RenewalFacts>>();
        foreach (var (id, renewal) in renewalRows) Add(renewals, id, renewal);
        var payments = new Dictionary<long, List<FeePaymentFacts>>();
        foreach (var (id, payment) in paymentRows) Add(payments, id, payment);

        var packCodes = new TextPool();
        var headers = new List<CredentialHeader>(rows.Count);
        foreach (var r in rows)
            headers.Add(new CredentialHeader(
                new CredentialFacts(r.Id, packCodes.Of(r.PackCode), r.CertifiedOn, renewals.GetValueOrDefault(r.Id) ?? NoRenewals, r.ExpiresOnOverride,
                    r.LeadTimeDays),
                r.PersonId, $"{r.FirstName} {r.LastName}", r.Email, r.ClinicId, r.IsActive, r.Number, payments.GetValueOrDefault(r.Id) ?? NoPayments,
                r.LastActivityOn));
        return headers;
    }

    /// <summary>
    /// The rows, renewals (in date order) and payments through EF's queries: every provider but SQLite, and the
    /// reference for <see cref="SqliteHeaderRows"/>.
    /// </summary>
    internal static async Task<HeaderData> ReadAsync(CmaRenewalDbContext db, ComplianceScope scope, DateOnly? lastActivityUpTo, CancellationToken ct)
    {
        var rows = await RowsAsync(db, scope, lastActivityUpTo, ct);
        // The whole organisation's renewals and payments are read without repeating the credentials' join as a filter:
        // every row belongs to a credential read above, and on the large demo that filter was most of SQLite's time
        // for these two reads (28 of 29 ms).
        var ids = Credentials(db, scope).Select(x => x.Credential.Id);
        var (renewalRows, paymentRows) = (db.Renewals.AsNoTracking(), db.FeePayments.AsNoTracking());
        if (!scope.IsWholeOrganization)
            (renewalRows, paymentRows) = (renewalRows.Where(r => ids.Contains(r.CredentialId)), paymentRows.Where(f => ids.Contains(f.CredentialId)));
        var renewals = await renewalRows.OrderBy(r => r.RenewedOn).Select(r => new { r.CredentialId, r.RenewedOn }).ToListAsync(ct);
        var payments = await paymentRows.Select(f => new { f.CredentialId, f.PaidOn, f.PaidThrough, f.AmountCents }).ToListAsync(ct);
        return new HeaderData(rows,
            [.. renewals.Select(r => (r.CredentialId, new RenewalFacts(r.RenewedOn)))],
            [.. payments.Select(f => (f.CredentialId, new FeePaymentFacts(f.PaidOn, f.PaidThrough, f.AmountCents / 100m)))]);
    }

    private static Task<List<HeaderRow>> RowsAsync(CmaRenewalDbContext db, ComplianceScope scope, DateOnly? lastActivityUpTo, CancellationToken ct)
    {
        var credentials = Credentials(db, scope);
        // Two shapes rather than a conditional inside one, so callers that do not ask pay nothing for the subquery.
        // A MAX per person over the (PersonId, CompletedOn) index is cheaper than grouping the clinic's activities.
        var upTo = lastActivityUpTo.GetValueOrDefault();
        return (lastActivityUpTo is null
            ? credentials.Select(x => new HeaderRow(
                x.Credential.Id, x.Credential.PackCode, x.Credential.Number, x.Credential.CertifiedOn, x.Credential.ExpiresOnOverride,
                x.Person.FirstName, x.Person.LastName, x.Person.Email, x.Person.Id, x.Person.ClinicId, x.Person.IsActive, x.LeadTime, null))
            : credentials.Select(x => new HeaderRow(
                x.Credential.Id, x.Credential.PackCode, x.Credential.Number, x.Credential.CertifiedOn, x.Credential.ExpiresOnOverride,
                x.Person.FirstName, x.Person.LastName, x.Person.Email, x.Person.Id, x.Person.ClinicId, x.Person.IsActive, x.LeadTime,
                db.CeActivities.Where(a => a.PersonId == x.Person.Id && a.CompletedOn <= upTo && a.Verification != VerificationStatus.Rejected)
                    .Max(a => (DateOnly?)a.CompletedOn))))
            .ToListAsync(ct);
    }

    private static IQueryable<ScopedCredential> Credentials(CmaRenewalDbContext db, ComplianceScope scope) =>
        db.Credentials.AsNoTracking()
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { Credential = c, Person = p })
            // The holder's clinic only for its own CE lead time (null: the organisation's), in the same round trip.
            .Join(db.Clinics, x => x.Person.ClinicId, k => k.Id,
                (x, k) => new ScopedCredential { Credential = x.Credential, Person = x.Person, LeadTime = k.CeLeadTimeDays })
            .Where(x => scope.ClinicIds == null || scope.ClinicIds.Contains(x.Person.ClinicId))
            .Where(x => scope.PersonId == null || x.Person.Id == scope.PersonId)
            .Where(x => scope.PersonIds == null || scope.PersonIds.Contains(x.Person.Id));

    // Member-initialised, not positional: EF follows property access through an initialiser into the later filters.
    private sealed class ScopedCredential
    {
        public required Credential Credential { get; init; }
        public required Person Person { get; init; }
        public int? LeadTime { get; init; }
    }

    private static readonly IReadOnlyList<RenewalFacts> NoRenewals = [];
    private static readonly IReadOnlyList<FeePaymentFacts> NoPayments = [];

    private static void Add<T>(Dictionary<long, List<T>> groups, long id, T item)
    {
        if (!groups.TryGetValue(id, out var list)) groups[id] = list = new List<T>(2);
        list.Add(item);
    }

    /// <summary>What a scope's headers are made from: one row per credential, its renewals and its payments.</summary>
    internal sealed record HeaderData(
        List<HeaderRow> Rows, List<(long CredentialId, RenewalFacts Renewal)> Renewals, List<(long CredentialId, FeePaymentFacts Payment)> Payments);

    internal sealed record HeaderRow(
        long Id, string PackCode, string? Number, DateOnly CertifiedOn, DateOnly? ExpiresOnOverride,
        string FirstName, string LastName, string Email, long PersonId, long ClinicId, bool IsActive, int? LeadTimeDays,
        DateOnly? LastActivityOn);
}
