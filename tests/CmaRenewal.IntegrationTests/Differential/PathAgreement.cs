using System.Globalization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.TestKit.Persistence;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>Writes a batch, judges it both ways on each of its dates, and fails on the first credential they disagree on.</summary>
internal static class PathAgreement
{
    /// <summary>
    /// The totals path's results (they equal the per-activity ones), by date and credential. The batch is written in
    /// bulk (no interceptors, as imports write), its kept totals summed by the stale refresh; then one write of each kind
    /// follows, and after each the kept totals must still equal the per-activity sums and both paths agree as of today.
    /// </summary>
    public static async Task<Dictionary<DateOnly, Dictionary<long, ComplianceResult>>> AssertAsync(
        TestDatabase database, GeneratedBatch batch, int number, CancellationToken ct)
    {
        var written = await BatchWriter.WriteAsync(database, batch, number, ct);
        await RefreshStaleAsync(database, ct);
        await KeptTotalsCheck.AssertAsync(database, written.ClinicId, "the bulk write", ct);
        await KeptReadinessCheck.AssertAsync(database, written.ClinicId, "the bulk write", ct);
        var paths = new TwoPaths(database);
        var results = new Dictionary<DateOnly, Dictionary<long, ComplianceResult>>();
        foreach (var asOf in batch.AsOf) results[asOf] = await AgreeAsync(paths, batch, written, asOf, ct);

        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        var random = new Random(number);
        foreach (var kind in KeptTotalsWrites.Kinds)
        {
            if (await KeptTotalsWrites.ApplyAsync(database, written.ClinicId, kind, random, ct) is not { } done) continue;
            if (KeptTotalsWrites.IsRaw(kind))
            {
                // EF never saw it: the triggers alone must have withdrawn the stale totals, and reads sum live.
                Assert.True(await KeptTotalsCheck.WithoutStampAsync(database, written.ClinicId, ct) > 0, "raw SQL left its credentials' kept totals in place");
                await AgreeAsync(paths, batch, written, today, ct);
                await RefreshStaleAsync(database, ct);
            }
            await KeptTotalsCheck.AssertAsync(database, written.ClinicId, done, ct);
            await KeptReadinessCheck.AssertAsync(database, written.ClinicId, done, ct);
            await AgreeAsync(paths, batch, written, today, ct);
        }
        return results;
    }

    private static async Task RefreshStaleAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await database.Totals.RefreshStaleAsync(db, ct);
    }

    private static async Task<Dictionary<long, ComplianceResult>> AgreeAsync(
        TwoPaths paths, GeneratedBatch batch, WrittenBatch written, DateOnly asOf, CancellationToken ct)
    {
        var perActivity = await paths.PerActivityAsync(written.ClinicId, asOf, ct);
        var totals = await paths.TotalsAsync(written.ClinicId, asOf, ct);
        Assert.Equal(perActivity.Keys.Order(), totals.Keys.Order());
        foreach (var (id, expected) in perActivity)
        {
            var (want, got) = (ResultFingerprint.Of(expected), ResultFingerprint.Of(totals[id]));
            if (want != got) throw new DisagreementException(Describe(batch, written.Credentials[id], asOf, want, got));
        }
        return totals;
    }

    // Only the credential that disagreed and the CE linked to it: the rest of the batch is noise.
    private static string Describe(GeneratedBatch batch, (int Person, int Credential) at, DateOnly asOf, string want, string got)
    {
        var person = batch.People[at.Person];
        var linked = person.Activities.Where(a => a.Links.Any(l => l.Credential == at.Credential)).Select(a => $"  activity: {a}\n");
        var (wantLines, gotLines) = (want.Split('\n'), got.Split('\n'));
        var firstDifference = Enumerable.Range(0, Math.Min(wantLines.Length, gotLines.Length)).FirstOrDefault(i => wantLines[i] != gotLines[i]);
        return string.Create(CultureInfo.InvariantCulture,
            $"The paths disagree as of {asOf:yyyy-MM-dd} on person {at.Person}, credential #{at.Credential}: " +
            $"{person.Credentials[at.Credential]}\n{string.Concat(linked)}" +
            $"first difference: per activity `{wantLines[firstDifference].Trim()}`, totals `{gotLines[firstDifference].Trim()}`\n" +
            $"per activity:\n{want}\ntotals:\n{got}");
    }
}

/// <summary>The two evaluation paths gave different results for one credential.</summary>
public sealed class DisagreementException(string message) : Exception(message);
