using CmaRenewal.Application.Access;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Credentials;

/// <summary>
/// Adds and corrects credentials and records fee payments for an explicit actor; each answers with the saved id or why
/// not. The credential types are the catalog in force at the call, so a type an admin defines while a person's page
/// is open can be added without a reload.
/// </summary>
public sealed class CredentialHandler(IDbContextFactory<CmaRenewalDbContext> factory, AccessScopes scopes, PersonClock clock, IRuleCatalogSource catalogs)
{
    private static readonly AppText Text = new(typeof(CredentialHandler));

    public static string Conflict => Text["Conflict"];
    public static string Duplicate => Text["Duplicate"];
    public static string PackFixed => Text["PackFixed"];

    /// <summary>Adds a credential (no <see cref="CredentialInput.CredentialId"/>) or corrects one; done with its id.</summary>
    public async Task<UseCaseResult<long>> SaveAsync(AccessScope actor, long personId, CredentialInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await scopes.RefusalAsync<long>(actor, personId, ct) is { } refused) return refused;
        if (input.CredentialId is not null && input.Version is null) return UseCaseResult<long>.Invalid("Version", ActivityHandler.SendVersion);
        if (input.Validate(await clock.TodayForAsync(personId, ct), code => catalogs.Current.TryGet(code, out _)) is { Count: > 0 } errors)
            return UseCaseResult<long>.Invalid(errors);
        await using var db = await factory.CreateDbContextAsync(ct);
        var certified = CeActivityRules.ParseDate(input.CertifiedOn)!.Value;
        Credential? credential;
        if (input.CredentialId is { } id)
        {
            credential = await db.Credentials.Include(c => c.Renewals).SingleOrDefaultAsync(c => c.Id == id && c.PersonId == personId, ct);
            if (credential is null) return UseCaseResult<long>.NotFound(PersonWrites.Gone);
            if (!string.Equals(input.PackCode?.Trim(), credential.PackCode, StringComparison.Ordinal)) return UseCaseResult<long>.Invalid("PackCode", PackFixed);
            db.Entry(credential).Property(c => c.Version).OriginalValue = input.Version!.Value;
            credential.CorrectCertification(certified, input.Number);
        }
        else
        {
            credential = new Credential(personId, input.PackCode!.Trim(), certified, string.IsNullOrWhiteSpace(input.Number) ? null : input.Number.Trim());
            db.Credentials.Add(credential);
        }
        if (CeActivityRules.ParseDate(input.LastRenewedOn) is { } renewed && credential.Renewals.All(r => r.RenewedOn != renewed))
        {
            if (credential.Renewals.Any(r => r.RenewedOn > renewed)) return UseCaseResult<long>.Invalid("LastRenewedOn", Text["LaterRenewal"]);
            credential.RecordRenewal(renewed);
        }
        if (input.OverrideExpiry) credential.OverrideExpiry(CeActivityRules.ParseDate(input.ExpiresOn)!.Value, input.OverrideReason!.Trim());
        else if (credential.ExpiresOnOverride is not null) credential.ClearExpiryOverride();
        // The one constraint a form can break: a person holds one credential per pack and number.
        return await db.SaveAsync(() => credential.Id, Conflict, ct, duplicate: Duplicate);
    }

    /// <summary>Records a fee payment on the credential; done with the payment's id.</summary>
    public async Task<UseCaseResult<long>> RecordFeeAsync(AccessScope actor, long credentialId, FeeInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var personId = await db.Credentials.AsNoTracking().Where(c => c.Id == credentialId).Select(c => (long?)c.PersonId).SingleOrDefaultAsync(ct);
        if (personId is not { } holder) return UseCaseResult<long>.NotFound(PersonWrites.Gone);
        if (await scopes.RefusalAsync<long>(actor, holder, ct) is { } refused) return refused;
        if (input.Validate(await clock.TodayForAsync(holder, ct)) is { Count: > 0 } errors) return UseCaseResult<long>.Invalid(errors);
        var payment = new FeePayment(credentialId, CeActivityRules.ParseDate(input.PaidOn)!.Value,
            CeActivityRules.ParseDate(input.PaidThrough)!.Value, (long)(input.Amount!.Value * 100m));
        db.FeePayments.Add(payment);
        return await db.SaveAsync(() => payment.Id, Conflict, ct);
    }
}
