using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.Application.Credentials;

/// <summary>The credential form's fields; dates as yyyy-MM-dd text, as phone date inputs give them.</summary>
public sealed class CredentialInput
{
    public long? CredentialId { get; set; }
    public Guid? Version { get; set; }
    public string? PackCode { get; set; }
    public string? Number { get; set; }
    public string? CertifiedOn { get; set; }
    public string? LastRenewedOn { get; set; }
    public bool OverrideExpiry { get; set; }
    public string? ExpiresOn { get; set; }
    public string? OverrideReason { get; set; }

    /// <summary>The message for each bad field; empty when the credential may be saved.</summary>
    public Dictionary<string, string> Validate(DateOnly today, Func<string, bool> packExists)
    {
        ArgumentNullException.ThrowIfNull(packExists);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(PackCode) || !packExists(PackCode)) errors[nameof(PackCode)] = "Choose the credential.";
        if ((Number?.Trim().Length ?? 0) > Credential.NumberMaxLength) errors[nameof(Number)] = "The number is too long.";
        var certified = CeActivityRules.ParseDate(CertifiedOn);
        if (certified is null) errors[nameof(CertifiedOn)] = "Enter the date you were certified.";
        else if (certified > today) errors[nameof(CertifiedOn)] = "The certification date cannot be in the future.";
        else if (certified < CeActivityRules.Earliest) errors[nameof(CertifiedOn)] = "The date cannot be before 1950.";
        if (!string.IsNullOrWhiteSpace(LastRenewedOn))
        {
            var renewed = CeActivityRules.ParseDate(LastRenewedOn);
            if (renewed is null || renewed > today) errors[nameof(LastRenewedOn)] = "Enter a past date, or leave it empty.";
            else if (renewed < certified) errors[nameof(LastRenewedOn)] = "A recertification cannot come before certification.";
        }
        if (!OverrideExpiry) return errors;
        var expires = CeActivityRules.ParseDate(ExpiresOn);
        if (expires is null || expires <= certified) errors[nameof(ExpiresOn)] = "Enter the expiry printed on the card, after certification.";
        else if (expires > CeActivityRules.Latest) errors[nameof(ExpiresOn)] = $"An expiry cannot be after {CeActivityRules.Latest:yyyy-MM-dd}.";
        if (string.IsNullOrWhiteSpace(OverrideReason)) errors[nameof(OverrideReason)] = "Say why the computed expiry is wrong (kept in the audit trail).";
        else if (OverrideReason.Trim().Length > Credential.OverrideReasonMaxLength) errors[nameof(OverrideReason)] = "Keep the reason under 500 characters.";
        return errors;
    }
}

/// <summary>The fee form's fields.</summary>
public sealed class FeeInput
{
    public string? PaidOn { get; set; }
    public string? PaidThrough { get; set; }
    public decimal? Amount { get; set; }

    public Dictionary<string, string> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var paidOn = CeActivityRules.ParseDate(PaidOn);
        if (paidOn is null || paidOn > today || paidOn < CeActivityRules.Earliest) errors[nameof(PaidOn)] = "Enter the date you paid (not in the future).";
        var through = CeActivityRules.ParseDate(PaidThrough);
        if (through is null || through < paidOn) errors[nameof(PaidThrough)] = "Enter the date the payment covers up to, on or after the payment.";
        else if (through > CeActivityRules.Latest) errors[nameof(PaidThrough)] = $"A payment cannot cover past {CeActivityRules.Latest:yyyy-MM-dd}.";
        if (Amount is null or < 0m or > 10_000m || decimal.Round(Amount.Value, 2) != Amount) errors[nameof(Amount)] = "Enter the amount paid in dollars and cents.";
        return errors;
    }
}
