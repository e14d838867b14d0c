using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.Application.Credentials;

/// <summary>The credential form's fields; dates as yyyy-MM-dd text, as phone date inputs give them.</summary>
public sealed class CredentialInput
{
    private static readonly AppText Text = new(typeof(CredentialInput));

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
        if (string.IsNullOrWhiteSpace(PackCode) || !packExists(PackCode)) errors[nameof(PackCode)] = Text["ChooseCredential"];
        if ((Number?.Trim().Length ?? 0) > Credential.NumberMaxLength) errors[nameof(Number)] = Text["NumberTooLong"];
        var certified = CeActivityRules.ParseDate(CertifiedOn);
        if (certified is null) errors[nameof(CertifiedOn)] = Text["EnterCertifiedOn"];
        else if (certified > today) errors[nameof(CertifiedOn)] = Text["CertifiedInFuture"];
        else if (certified < CeActivityRules.Earliest) errors[nameof(CertifiedOn)] = Text["DateBefore1950"];
        if (!string.IsNullOrWhiteSpace(LastRenewedOn))
        {
            var renewed = CeActivityRules.ParseDate(LastRenewedOn);
            if (renewed is null || renewed > today) errors[nameof(LastRenewedOn)] = Text["EnterPastDate"];
            else if (renewed < certified) errors[nameof(LastRenewedOn)] = "A recertification cannot come before certification.";
        }
        if (!OverrideExpiry) return errors;
        var expires = CeActivityRules.ParseDate(ExpiresOn);
        if (expires is null || expires <= certified) errors[nameof(ExpiresOn)] = Text["EnterExpiry"];
        else if (expires > CeActivityRules.Latest) errors[nameof(ExpiresOn)] = Text.Format("ExpiryTooLate", CeActivityRules.Latest);
        if (string.IsNullOrWhiteSpace(OverrideReason)) errors[nameof(OverrideReason)] = Text["SayWhyOverride"];
        else if (OverrideReason.Trim().Length > Credential.OverrideReasonMaxLength) errors[nameof(OverrideReason)] = Text["ReasonTooLong"];
        return errors;
    }
}

/// <summary>The fee form's fields.</summary>
public sealed class FeeInput
{
    // The credential form's pair holds the fee form's texts too: one pair per file.
    private static readonly AppText Text = new(typeof(CredentialInput));

    public string? PaidOn { get; set; }
    public string? PaidThrough { get; set; }
    public decimal? Amount { get; set; }

    public Dictionary<string, string> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var paidOn = CeActivityRules.ParseDate(PaidOn);
        if (paidOn is null || paidOn > today || paidOn < CeActivityRules.Earliest) errors[nameof(PaidOn)] = Text["EnterPaidOn"];
        var through = CeActivityRules.ParseDate(PaidThrough);
        if (through is null || through < paidOn) errors[nameof(PaidThrough)] = Text["EnterPaidThrough"];
        else if (through > CeActivityRules.Latest) errors[nameof(PaidThrough)] = $"A payment cannot cover past {CeActivityRules.Latest:yyyy-MM-dd}.";
        if (Amount is null or < 0m or > 10_000m || decimal.Round(Amount.Value, 2) != Amount) errors[nameof(Amount)] = Text["EnterAmountPaid"];
        return errors;
    }
}
