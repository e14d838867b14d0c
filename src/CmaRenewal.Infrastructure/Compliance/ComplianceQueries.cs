using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// Compliance of many credentials at once (a clinic, the whole organisation): headers from the database, earning
/// windows from the engine, CE totals kept on write (or summed in SQL where they do not serve), verdicts from the engine.
/// </summary>
public sealed class ComplianceQueries(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine, CmaMetrics? metrics = null)
{
    /// <summary>
    /// Every credential in <paramref name="scope"/> judged on <paramref name="asOf"/>: someone is waiting (a page, the
    /// API, an export), so the whole organisation's kept totals are read beside its headers, on a second connection.
    /// </summary>
    public async Task<IReadOnlyList<CredentialCompliance>> EvaluateAsync(ComplianceScope scope, DateOnly asOf, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await EvaluateAsync(db, scope, _ => asOf, lastActivityUpTo: null, totalsBeside: true, ct);
    }

    /// <summary>
    /// Each credential judged on its holder's own date (the reminder planner: "today" differs across time zones).
    /// <paramref name="asOfForPerson"/> returns null to leave a person out. The reads stay one after the other: the
    /// planner is a background job, and both reads at once raised its peak memory past the 380 MiB the large demo is
    /// allowed (281 → 392 MiB; measured again once the Missing rows came through a plain reader: 301–391 MiB, for a
    /// first run of 1.93–2.06 s against 2.20–2.59 s).
    /// </summary>
    public async Task<IReadOnlyList<CredentialCompliance>> EvaluateAsync(
        ComplianceScope scope, Func<long, DateOnly?> asOfForPerson, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(asOfForPerson);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await EvaluateAsync(db, scope, asOfForPerson, lastActivityUpTo: null, totalsBeside: false, ct);
    }

    /// <summary>
    /// The same evaluation on a context the caller already holds (a use case that reads more in one context), with
    /// each holder's latest CE up to <paramref name="asOf"/> when <paramref name="withLastActivity"/>.
    /// </summary>
    public Task<IReadOnlyList<CredentialCompliance>> EvaluateAsync(
        CmaRenewalDbContext db, ComplianceScope scope, DateOnly asOf, bool withLastActivity, CancellationToken ct) =>
        EvaluateAsync(db, scope, _ => asOf, withLastActivity ? asOf : null, totalsBeside: true, ct);

    /// <summary>The requirements the active people in <paramref name="scope"/> leave unmet (see <see cref="MissingCredentials"/>).</summary>
    public async Task<IReadOnlyList<MissingCredential>> MissingAsync(ComplianceScope scope, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await MissingCredentials.LoadAsync(db, scope, heldCodes: null, ct);
    }

    /// <summary>
    /// The same on a context the caller already holds; with <paramref name="evaluated"/> (this scope's credentials, just
    /// evaluated) the codes each person holds are taken from it rather than read again.
    /// </summary>
    public static Task<IReadOnlyList<MissingCredential>> MissingAsync(
        CmaRenewalDbContext db, ComplianceScope scope, IEnumerable<CredentialCompliance>? evaluated, CancellationToken ct) =>
        MissingCredentials.LoadAsync(db, scope, evaluated?.ToLookup(c => c.PersonId, c => c.PackCode), ct);

    private async Task<IReadOnlyList<CredentialCompliance>> EvaluateAsync(
        CmaRenewalDbContext db, ComplianceScope scope, Func<long, DateOnly?> asOfForPerson, DateOnly? lastActivityUpTo, bool totalsBeside,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var started = metrics?.StartEvaluation() ?? 0;
        // The whole organisation reads every kept total whatever its headers say: beside them, on another core.
        var everyKept = totalsBeside && scope.IsWholeOrganization ? Task.Run(() => KeptCeTotals.ReadEveryAsync(factory, ct), ct) : null;
        var loaded = await CredentialHeaders.LoadAsync(db, scope, lastActivityUpTo, ct);
        var headers = new List<(CredentialHeader Header, DateOnly AsOf)>(loaded.Count);
        foreach (var header in loaded)
            if (asOfForPerson(header.PersonId) is { } asOf) headers.Add((header, asOf));
        var windows = new CeWindow[headers.Count];
        for (var i = 0; i < windows.Length; i++)
        {
            var (h, asOf) = headers[i];
            windows[i] = new CeWindow(h.Facts.Id, engine.CycleOf(h.Facts, asOf), asOf);
        }
        var (totals, readiness) = await KeptCeTotals.ReadAsync(db, windows, everyKept is null ? null : await everyKept, ct);

        var results = new CredentialCompliance[headers.Count];
        // The engine is pure, so large scopes spread over every core; a clinic is too small to gain from it.
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = headers.Count > 1_000 ? -1 : 1 };
        // Each core reads packed totals into a scratch list of its own (see WindowTotals).
        Parallel.For(0, headers.Count, options, () => new TotalsScratch(), (i, _, scratch) =>
        {
            var (h, asOf) = headers[i];
            var result = engine.EvaluateTotals(h.Facts, windows[i].Cycle, totals.GetValueOrDefault(h.Facts.Id).Read(scratch), h.Payments, asOf);
            results[i] = new CredentialCompliance(h.Facts.Id, h.PersonId, h.PersonName, h.Email, h.ClinicId, h.PersonIsActive,
                h.Facts.PackCode, h.Number, result, h.LastActivityOn)
            {
                Readiness = readiness.TryGetValue(h.Facts.Id, out var kept) && kept.ServesFor(windows[i].Cycle, asOf) ? kept.Judge(result) : null,
            };
            return scratch;
        }, _ => { });
        metrics?.Evaluated(started, results.Length);
        return results;
    }
}
