using System.Globalization;
using System.Text;
using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// One generated person: credentials (by index into <see cref="Credentials"/>) and CE activities that count toward
/// some of them. Plain data, so a shrunk failure prints as something a person can read and replay by hand.
/// </summary>
internal sealed record GeneratedPerson(IReadOnlyList<GeneratedCredential> Credentials, IReadOnlyList<GeneratedActivity> Activities)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Credentials.Count; i++) text.Append(CultureInfo.InvariantCulture, $"  credential #{i}: {Credentials[i]}\n");
        foreach (var activity in Activities) text.Append(CultureInfo.InvariantCulture, $"  activity: {activity}\n");
        return text.ToString();
    }
}

internal sealed record GeneratedCredential(string PackCode, DateOnly CertifiedOn, IReadOnlyList<DateOnly> Renewals, IReadOnlyList<GeneratedPayment> Payments)
{
    public override string ToString() =>
        $"{PackCode} certified {CertifiedOn:yyyy-MM-dd}, renewed [{string.Join(", ", Renewals.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}], " +
        $"paid [{string.Join(", ", Payments)}]";
}

internal sealed record GeneratedPayment(DateOnly PaidOn, DateOnly PaidThrough, long AmountCents)
{
    public override string ToString() => $"{PaidOn:yyyy-MM-dd}→{PaidThrough:yyyy-MM-dd} {AmountCents}¢";
}

/// <summary>
/// <see cref="Splits"/> (two or more) replace <see cref="Category"/>. Each link names a credential index and, when
/// the credential has renewals, optionally the renewal index that claimed the activity.
/// </summary>
internal sealed record GeneratedActivity(
    DateOnly CompletedOn, long AmountHundredths, string Unit, string Kind, string? Category, IReadOnlyList<SplitShare> Splits,
    bool Approved, VerificationStatus Verification, IReadOnlyList<GeneratedLink> Links, bool Deleted = false)
{
    public override string ToString()
    {
        var category = Splits.Count > 0 ? $"split [{string.Join(", ", Splits.Select(s => $"{s.Category} {s.AmountHundredths}"))}]" : Category ?? "no category";
        return $"{CompletedOn:yyyy-MM-dd} {AmountHundredths / 100m} {Unit} {Kind} {category} {(Approved ? "approved" : "not approved")} " +
            $"{Verification}{(Deleted ? " deleted" : "")} → [{string.Join(", ", Links)}]";
    }
}

internal sealed record GeneratedLink(int Credential, int? ClaimedByRenewal)
{
    public override string ToString() => ClaimedByRenewal is { } r ? $"#{Credential} claimed by renewal {r}" : $"#{Credential}";
}

/// <summary>A clinic's worth of people, judged on a few dates.</summary>
internal sealed record GeneratedBatch(IReadOnlyList<GeneratedPerson> People, IReadOnlyList<DateOnly> AsOf)
{
    public int CredentialCount => People.Sum(p => p.Credentials.Count);

    public override string ToString() =>
        $"as of [{string.Join(", ", AsOf.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}]\n" +
        string.Join("", People.Select((p, i) => $"person {i}:\n{p}"));
}
