using System.Globalization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.TestKit.Persistence;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>Writes a batch, judges it both ways on each of its dates, and fails on the first credential they disagree on.</summary>
internal static class PathAgreement
{
    /// <summary>The totals path's results (they equal the per-activity ones), by date and credential.</summary>
    public static async Task<Dictionary<DateOnly, Dictionary<long, ComplianceResult>>> AssertAsync(
        TestDatabase database, GeneratedBatch batch, int number, CancellationToken ct)
    {
        var written = await BatchWriter.WriteAsync(database, batch, number, ct);
        var paths = new TwoPaths(database);
        var results = new Dictionary<DateOnly, Dictionary<long, ComplianceResult>>();
        foreach (var asOf in batch.AsOf)
        {
            var perActivity = await paths.PerActivityAsync(written.ClinicId, asOf, ct);
            var totals = await paths.TotalsAsync(written.ClinicId, asOf, ct);
            Assert.Equal(perActivity.Keys.Order(), totals.Keys.Order());
            foreach (var (id, expected) in perActivity)
            {
                var (want, got) = (ResultFingerprint.Of(expected), ResultFingerprint.Of(totals[id]));
                if (want != got) throw new DisagreementException(Describe(batch, written.Credentials[id], asOf, want, got));
            }
            results[asOf] = totals;
        }
        return results;
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
