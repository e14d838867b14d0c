using CmaRenewal.Core.Compliance;

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
        (ClinicId is null || row.ClinicId == ClinicId)
        && (!ActiveOnly || row.PersonIsActive)
        && (Statuses is null || Statuses.Count == 0 || Statuses.Contains(row.Status))
        && (string.IsNullOrEmpty(PackCode) || string.Equals(row.PackCode, PackCode, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(Search)
            || row.PersonName.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || row.Email.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase));
}
