using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.MyCredentials;

/// <summary>Adds and corrects credentials and records fee payments; null on success, else the message to show.</summary>
public sealed class CredentialCommands(IDbContextFactory<CmaRenewalDbContext> factory, CurrentUser user)
{
    public const string Conflict = "Someone else changed this credential while you had it open. Nothing was saved: reload to see their change.";
    public const string Duplicate = "This person already has that credential with that number. Nothing was saved.";

    public async Task<string?> SaveAsync(long personId, CredentialInput input, CancellationToken ct) =>
        (await SaveWithIdAsync(personId, input, ct)).Error;

    /// <summary>As <see cref="SaveAsync(long, CredentialInput, CancellationToken)"/>, also giving the saved credential's id (the API answers with it).</summary>
    public async Task<(long? Id, string? Error)> SaveWithIdAsync(long personId, CredentialInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ActivityCommands.Refusal(await user.AccessToPersonAsync(personId, ct)) is { } refused) return (null, refused);
        await using var db = await factory.CreateDbContextAsync(ct);
        var certified = CeActivityRules.ParseDate(input.CertifiedOn)!.Value;
        Credential? credential;
        if (input.CredentialId is { } id)
        {
            credential = await db.Credentials.Include(c => c.Renewals).SingleOrDefaultAsync(c => c.Id == id && c.PersonId == personId, ct);
            if (credential is null) return (null, ActivityCommands.Gone);
            db.Entry(credential).Property(c => c.Version).OriginalValue = input.Version ?? Guid.Empty;
            credential.CorrectCertification(certified, input.Number);
        }
        else
        {
            credential = new Credential(personId, input.PackCode!, certified, string.IsNullOrWhiteSpace(input.Number) ? null : input.Number.Trim());
            db.Credentials.Add(credential);
        }
        if (CeActivityRules.ParseDate(input.LastRenewedOn) is { } renewed && credential.Renewals.All(r => r.RenewedOn != renewed))
        {
            if (credential.Renewals.Any(r => r.RenewedOn > renewed)) return (null, "A later recertification is already recorded.");
            credential.RecordRenewal(renewed);
        }
        if (input.OverrideExpiry) credential.OverrideExpiry(CeActivityRules.ParseDate(input.ExpiresOn)!.Value, input.OverrideReason!.Trim());
        else if (credential.ExpiresOnOverride is not null) credential.ClearExpiryOverride();
        return await SaveAsync(db, ct) is { } error ? (null, error) : (credential.Id, null);
    }

    public async Task<string?> RecordFeeAsync(long personId, long credentialId, FeeInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ActivityCommands.Refusal(await user.AccessToPersonAsync(personId, ct)) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Credentials.AnyAsync(c => c.Id == credentialId && c.PersonId == personId, ct)) return ActivityCommands.Gone;
        db.FeePayments.Add(new FeePayment(credentialId, CeActivityRules.ParseDate(input.PaidOn)!.Value,
            CeActivityRules.ParseDate(input.PaidThrough)!.Value, (long)(input.Amount!.Value * 100m)));
        return await SaveAsync(db, ct);
    }

    private static async Task<string?> SaveAsync(CmaRenewalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }
        catch (DbUpdateException)
        {
            // The one constraint a form can break: a person holds one credential per pack and number.
            return Duplicate;
        }
    }
}
