using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.TestKit;
using CsCheck;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// Generators for people whose CE stresses the two ways of counting: splits, CPR cards past their cap, one activity
/// linked to several credentials and claimed by renewals, CE before certification or outside the window, every unit,
/// approved and not, rejected, and categories a pack does not know (or spells in another case).
/// </summary>
internal static class CaseGen
{
    private static readonly DateOnly Epoch = new(2016, 1, 1);
    private static readonly string[] PackCodes = [.. Packs.Shipped.All.Select(p => p.Code).Order(StringComparer.Ordinal)];
    private static readonly string?[] Categories = [null, "administrative", "clinical", "general", "Clinical", "other"];
    private static readonly string[] SplitCategories = ["administrative", "clinical", "general", "other"];

    private static Gen<DateOnly> DateAfter(DateOnly start, int fromDays, int toDays) => Gen.Int[fromDays, toDays].Select(start.AddDays);

    private static Gen<GeneratedPayment> Payment(DateOnly certified) =>
        Gen.Select(Gen.Int[0, 3_000], Gen.Int[0, 800], Gen.Int[0, 30_000],
            (on, length, cents) => new GeneratedPayment(certified.AddDays(on), certified.AddDays(on + length), cents));

    private static readonly Gen<GeneratedCredential> Credential =
        Gen.Select(Gen.OneOf(PackCodes), DateAfter(Epoch, 0, 3_650)).SelectMany((pack, certified) =>
            Gen.Select(Gen.Int[1, 2_500].Array[0, 2], Payment(certified).Array[0, 3], (renewals, payments) =>
                new GeneratedCredential(pack, certified, [.. renewals.Distinct().Order().Select(certified.AddDays)], payments)));

    private static Gen<IReadOnlyList<SplitShare>> Split =>
        Gen.Frequency(
            (3, Gen.Const<IReadOnlyList<SplitShare>>([])),
            (1, Gen.Shuffle(SplitCategories, 2, 3).SelectMany(categories =>
                Gen.Int[1, 500].Array[categories.Length].Select(amounts =>
                    (IReadOnlyList<SplitShare>)[.. categories.Select((c, i) => new SplitShare(c, amounts[i]))]))));

    // Per credential: linked or not, and whether (and by which renewal) the link was claimed; at least one link.
    private static Gen<IReadOnlyList<GeneratedLink>> Links(IReadOnlyList<GeneratedCredential> credentials) =>
        Gen.Select(Gen.Bool, Gen.Int[0, 3], Gen.Int[0, 1]).Array[credentials.Count].Select(picks =>
        {
            var links = new List<GeneratedLink>();
            for (var i = 0; i < credentials.Count; i++)
            {
                var (linked, claimRoll, renewal) = picks[i];
                if (!linked && !(i == credentials.Count - 1 && links.Count == 0)) continue;
                var renewals = credentials[i].Renewals.Count;
                links.Add(new GeneratedLink(i, renewals > 0 && claimRoll == 0 ? Math.Min(renewal, renewals - 1) : null));
            }
            return (IReadOnlyList<GeneratedLink>)links;
        });

    private static Gen<GeneratedActivity> Activity(IReadOnlyList<GeneratedCredential> credentials) =>
        Gen.Select(
            DateAfter(credentials.Min(c => c.CertifiedOn), -500, 3_600),
            Gen.Frequency((1, Gen.Int[1, 2_000]), (1, Gen.Int[1, 20].Select(n => n * 100))),
            Gen.OneOf([.. Units.All]),
            Gen.Frequency((6, Gen.Const(ActivityKinds.Course)), (3, Gen.Const(ActivityKinds.CprCard)), (1, Gen.Const("webinar"))),
            Gen.OneOf(Categories),
            Split,
            Gen.Bool,
            Gen.Frequency((5, Gen.Const(VerificationStatus.Verified)), (3, Gen.Const(VerificationStatus.Unverified)), (1, Gen.Const(VerificationStatus.Rejected))))
        // One in ten is deleted (within its undo window): both paths must treat it as gone.
        .SelectMany(t => Gen.Select(Links(credentials), Gen.Int[0, 9]).Select((links, deleted) =>
        {
            var (on, amount, unit, kind, category, split, approved, verification) = t;
            return split.Count > 0
                ? new GeneratedActivity(on, split.Sum(s => s.AmountHundredths), unit, kind, null, split, approved, verification, links, deleted == 0)
                : new GeneratedActivity(on, amount, unit, kind, category, [], approved, verification, links, deleted == 0);
        }));

    public static readonly Gen<GeneratedPerson> Person =
        Credential.Array[1, 3].SelectMany(credentials =>
            Activity(credentials).Array[0, 14].Select(activities => new GeneratedPerson(credentials, activities)));

    /// <summary>A clinic of people judged on three dates between 2016 and 2029.</summary>
    public static Gen<GeneratedBatch> Batch(int minPeople, int maxPeople) =>
        Gen.Select(Person.Array[minPeople, maxPeople], DateAfter(Epoch, 0, 4_750).Array[3],
            (people, asOf) => new GeneratedBatch(people, [.. asOf.Distinct().Order()]));
}
