using System.Globalization;
using System.Text;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance.Readiness;

/// <summary>
/// Counts the audit-drill findings of credentials whose totals were just kept and stores them on their stamps, with
/// <see cref="ReadinessFacts"/> (so the kept counts and the live fallback are one definition). Counted as of no date in
/// particular (every CE the cycle has), with the latest date looked at, so a read on an earlier date falls back.
/// Runs after the stamps are written, in the same transaction: a write landing meanwhile deletes the stamp, counts and all.
/// </summary>
internal static class KeptReadinessWriter
{
    public static async Task WriteAsync(CmaRenewalDbContext db, IReadOnlyList<CeWindow> windows, CancellationToken ct)
    {
        var counted = await ReadinessFacts.CountWithLatestAsync(
            db, [.. windows.Select(w => new ReadinessTarget(w.CredentialId, w.Cycle, DateOnly.MaxValue))], ct);
        foreach (var chunk in windows.Chunk(200))
        {
#pragma warning disable EF1002 // Only integers and formatted dates computed by Statement are interpolated.
            await db.Database.ExecuteSqlRawAsync(Statement(chunk, counted), ct);
#pragma warning restore EF1002
        }
    }

    internal static string Statement(IEnumerable<CeWindow> chunk, IReadOnlyDictionary<long, CountedReadiness> counted)
    {
        var sql = new StringBuilder();
        foreach (var window in chunk)
        {
            var (readiness, latest) = counted[window.CredentialId];
            var latestSql = latest is { } on ? $"'{on:yyyy-MM-dd}'" : "NULL";
            sql.Append(CultureInfo.InvariantCulture, $"""
                UPDATE CeTotalsStamps SET ReadinessCycleStart = '{window.Cycle.Start:yyyy-MM-dd}', ReadinessRulesVersion = {window.Cycle.Rules.Version}, ReadinessLatestOn = {latestSql}, MissingCertificates = {readiness.MissingCertificates}, Unverified = {readiness.Unverified}, OutsideWindow = {readiness.OutsideWindow} WHERE CredentialId = {window.CredentialId};

                """);
        }
        return sql.ToString();
    }
}
