using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// One write of each kind that moves a credential's CE totals, made on a random row of a generated clinic the way the
/// app makes it (domain methods, one SaveChanges), except <c>raw-sql</c>, which bypasses EF as a hand-run fix would.
/// </summary>
internal static class KeptTotalsWrites
{
    public const string RawSql = "raw-sql";
    public const string RawSqlCertificate = "raw-sql-certificate";

    public static readonly string[] Kinds =
    [
        "revise", "delete", "restore", "verify", "reject", "detach", "attach", "split", "claim", "renew", "recertify",
        "certificate-attach", "certificate-remove", RawSql, RawSqlCertificate,
    ];

    /// <summary>Whether the kind bypasses EF, so only the database's triggers see it.</summary>
    public static bool IsRaw(string kind) => kind is RawSql or RawSqlCertificate;

    /// <summary>What was written, or null when the clinic had no row this kind of write applies to.</summary>
    public static async Task<string?> ApplyAsync(TestDatabase database, long clinicId, string kind, Random random, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var people = db.People.Where(p => p.ClinicId == clinicId).Select(p => p.Id);
        var activities = await db.CeActivities.IgnoreQueryFilters().Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
            .Where(a => people.Contains(a.PersonId)).OrderBy(a => a.Id).ToListAsync(ct);
        var credentials = await db.Credentials.Include(c => c.Renewals).Where(c => people.Contains(c.PersonId)).OrderBy(c => c.Id).ToListAsync(ct);
        var now = database.Clock.GetUtcNow().UtcDateTime;
        CeActivity? Pick(Func<CeActivity, bool> fits) => activities.Where(fits).OrderBy(_ => random.Next()).FirstOrDefault();
        var live = (CeActivity a) => !a.IsDeleted;
        string? done;
        switch (kind)
        {
            case "revise" when Pick(a => live(a) && !a.IsSplit) is { } a:
                a.Revise(new CeActivityDetails(a.CompletedOn.AddDays(random.Next(-400, 400)), a.Title, a.Provider, a.AmountHundredths + 50,
                    a.Unit, a.Category, !a.IsApprovedProvider, a.Kind));
                done = $"revise activity {a.Id}";
                break;
            case "delete" when Pick(live) is { } a:
                a.Delete(now);
                done = $"delete activity {a.Id}";
                break;
            case "restore" when Pick(a => a.CanRestore(now)) is { } a:
                a.Restore(now);
                done = $"restore activity {a.Id}";
                break;
            case "verify" when Pick(a => live(a) && a.Verification != VerificationStatus.Verified) is { } a:
                a.Verify();
                done = $"verify activity {a.Id}";
                break;
            case "reject" when Pick(a => live(a) && a.Verification != VerificationStatus.Rejected) is { } a:
                a.Reject("Differential rejection");
                done = $"reject activity {a.Id}";
                break;
            case "detach" when Pick(a => a.CountsToward.Any(l => !l.IsClaimed)) is { } a:
                var detached = a.CountsToward.First(l => !l.IsClaimed).CredentialId;
                a.StopCountingToward(detached);
                done = $"detach activity {a.Id} from credential {detached}";
                break;
            case "attach" when Pick(a => credentials.Any(c => c.PersonId == a.PersonId && a.CountsToward.All(l => l.CredentialId != c.Id))) is { } a:
                var attached = credentials.First(c => c.PersonId == a.PersonId && a.CountsToward.All(l => l.CredentialId != c.Id)).Id;
                a.CountToward(attached);
                done = $"attach activity {a.Id} to credential {attached}";
                break;
            case "split" when Pick(a => live(a) && !a.IsSplit && a.AmountHundredths >= 2) is { } a:
                var first = a.Category == "general" ? "clinical" : "general";
                a.SplitAcross([new SplitShare(first, a.AmountHundredths / 2), new SplitShare("other-split", a.AmountHundredths - (a.AmountHundredths / 2))]);
                done = $"split activity {a.Id}";
                break;
            case "claim" when Pick(a => a.CountsToward.Any(l => !l.IsClaimed && credentials.Any(c => c.Id == l.CredentialId && c.Renewals.Count > 0))) is { } a:
                var credential = credentials.First(c => c.Renewals.Count > 0 && a.CountsToward.Any(l => !l.IsClaimed && l.CredentialId == c.Id));
                a.MarkClaimed(credential.Id, credential.Renewals.First().Id);
                done = $"claim activity {a.Id} for credential {credential.Id}";
                break;
            case "renew" when credentials.Count > 0:
                var renewed = credentials[random.Next(credentials.Count)];
                var on = renewed.CertifiedOn.AddDays(random.Next(300, 1_500));
                if (renewed.Renewals.Any(r => r.RenewedOn == on)) return null;
                renewed.RecordRenewal(on);
                done = $"renew credential {renewed.Id} on {on:yyyy-MM-dd}";
                break;
            case "recertify" when credentials.Count > 0:
                var corrected = credentials[random.Next(credentials.Count)];
                corrected.CorrectCertification(corrected.CertifiedOn.AddDays(-random.Next(1, 400)), corrected.Number);
                done = $"recertify credential {corrected.Id}";
                break;
            case "certificate-attach" when Pick(a => live(a) && a.Certificate is null && a.CountsToward.Count > 0) is { } a:
                a.AttachCertificate(Certificate(a.Id));
                done = $"attach a certificate to activity {a.Id}";
                break;
            case "certificate-remove" when Pick(a => live(a) && a.Certificate is not null) is { } a:
                a.RemoveCertificate();
                done = $"remove the certificate of activity {a.Id}";
                break;
            case RawSqlCertificate when Pick(a => live(a) && a.Certificate is null && a.CountsToward.Count > 0) is { } a:
                await db.Database.ExecuteSqlAsync($"""
                    UPDATE CeActivities SET Certificate_FileName = 'raw.pdf', Certificate_ContentType = 'application/pdf', Certificate_SizeBytes = 1,
                        Certificate_Sha256 = {new string('0', 64)}, Certificate_StorageKey = 'raw-key' WHERE Id = {a.Id}
                    """, ct);
                return $"raw SQL certificate on activity {a.Id}";
            case RawSql when Pick(a => live(a) && a.CountsToward.Count > 0) is { } a:
                await db.Database.ExecuteSqlAsync($"UPDATE CeActivities SET AmountHundredths = AmountHundredths + 25 WHERE Id = {a.Id}", ct);
                return $"raw SQL on activity {a.Id}";
            default:
                return null;
        }
        await db.SaveChangesAsync(ct);
        return done;
    }

    private static CertificateFile Certificate(long activityId) =>
        new($"certificate-{activityId}.pdf", "application/pdf", 1_024, new string('a', 64), $"differential/{activityId}");
}
