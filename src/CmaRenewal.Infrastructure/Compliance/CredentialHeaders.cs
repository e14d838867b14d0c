using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>A credential in scope with its holder, renewal history and payments: everything but the CE.</summary>
internal sealed record CredentialHeader(
    CredentialFacts Facts, long PersonId, string PersonName, string Email, long ClinicId, bool PersonIsActive, string? Number,
    IReadOnlyList<FeePaymentFacts> Payments);

internal static class CredentialHeaders
{
    public static async Task<List<CredentialHeader>> LoadAsync(CmaRenewalDbContext db, ComplianceScope scope, CancellationToken ct)
    {
        var credentials = db.Credentials.AsNoTracking()
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c, p })
            .Where(x => scope.ClinicIds == null || scope.ClinicIds.Contains(x.p.ClinicId))
            .Where(x => scope.PersonId == null || x.p.Id == scope.PersonId);
        var rows = await credentials
            .Select(x => new
            {
                x.c.Id, x.c.PackCode, x.c.Number, x.c.CertifiedOn, x.c.ExpiresOnOverride,
                x.p.FirstName, x.p.LastName, x.p.Email, PersonId = x.p.Id, x.p.ClinicId, x.p.IsActive,
            })
            .ToListAsync(ct);
        var ids = credentials.Select(x => x.c.Id);
        var renewals = (await db.Renewals.AsNoTracking().Where(r => ids.Contains(r.CredentialId))
                .Select(r => new { r.CredentialId, r.RenewedOn }).ToListAsync(ct))
            .ToLookup(r => r.CredentialId, r => new RenewalFacts(r.RenewedOn));
        var payments = (await db.FeePayments.AsNoTracking().Where(f => ids.Contains(f.CredentialId))
                .Select(f => new { f.CredentialId, f.PaidOn, f.PaidThrough, f.AmountCents }).ToListAsync(ct))
            .ToLookup(f => f.CredentialId, f => new FeePaymentFacts(f.PaidOn, f.PaidThrough, f.AmountCents / 100m));

        return [.. rows.Select(r => new CredentialHeader(
            new CredentialFacts(r.Id, r.PackCode, r.CertifiedOn, [.. renewals[r.Id].OrderBy(x => x.RenewedOn)], r.ExpiresOnOverride),
            r.PersonId, $"{r.FirstName} {r.LastName}", r.Email, r.ClinicId, r.IsActive, r.Number, [.. payments[r.Id]]))];
    }
}
