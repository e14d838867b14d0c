using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Application.StaffCompliance;

/// <summary>
/// The grid's filters, shared by the page, the grid and the exports. Empty <see cref="Statuses"/> means every status;
/// the clinic filter is applied before evaluation (it picks the scope), the rest on the evaluated rows.
/// <see cref="ActiveOnly"/> is what a summary card sets: the cards count active people only, so their rows must too.
/// </summary>
public sealed record StaffFilter(
    long? ClinicId = null, IReadOnlyCollection<CredentialStatus>? Statuses = null, string? PackCode = null, string? Search = null,
    bool ActiveOnly = false)
{
    public static readonly StaffFilter All = new();

    public bool Matches(StaffRow row) =>
        Matches(row.ClinicId, row.PersonIsActive, row.Status, row.PackCode, row.PersonName, row.Email);

    /// <summary>The same test on an evaluated credential, so an export keeps exactly the rows the grid shows.</summary>
    public bool Matches(CredentialCompliance credential) =>
        Matches(credential.ClinicId, credential.PersonIsActive, credential.Result.Status, credential.PackCode, credential.PersonName, credential.Email);

    /// <summary>
    /// The same test on a requirement not on file (an active person's, status Missing): a credential filter keeps it when
    /// the filtered code is one that would meet it.
    /// </summary>
    public bool Matches(MissingCredential missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var code = !string.IsNullOrEmpty(PackCode) && missing.Group.Codes.Contains(PackCode, StringComparer.OrdinalIgnoreCase) ? PackCode : missing.Group.Label;
        return Matches(missing.ClinicId, true, CredentialStatus.Missing, code, missing.PersonName, missing.Email);
    }

    private bool Matches(long clinicId, bool personIsActive, CredentialStatus status, string packCode, string personName, string email) =>
        (ClinicId is null || clinicId == ClinicId)
        && (!ActiveOnly || personIsActive)
        && (Statuses is null || Statuses.Count == 0 || Statuses.Contains(status))
        && (string.IsNullOrEmpty(PackCode) || string.Equals(packCode, PackCode, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(Search)
            || personName.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || email.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase));
}
