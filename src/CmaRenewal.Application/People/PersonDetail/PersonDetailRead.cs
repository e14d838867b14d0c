using System.Linq.Expressions;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>
/// A person as every detail view heads them: name, contact, home clinic, role, the zone of their today, and their
/// clinic's CE lead time (null: the organisation's default).
/// </summary>
public sealed record PersonHeader(
    long Id, string FirstName, string LastName, string Email, long ClinicId, string ClinicName, PersonRole Role,
    string? OwnZone, string? ClinicZone, int? ClinicLeadTimeDays)
{
    public string FullName => $"{FirstName} {LastName}";

    /// <summary>Their own zone, else their clinic's, else UTC (<see cref="PersonToday.ZoneOf"/>'s one fallback rule).</summary>
    public TimeZoneInfo Zone => PersonToday.ZoneOf(OwnZone, ClinicZone);

    public PersonRef Ref => new(Id, ClinicId, Role);
}

/// <summary>
/// The parts of <see cref="PersonDetailQuery"/>'s one read, each a single round trip through the caller's DbContext,
/// untracked: the people, their credentials with renewals, the payments, and the CE an auditor sees. The person page
/// adds one page of history (<see cref="ActivityHistoryQuery"/>) and the CE of each current cycle (<see cref="WindowFacts"/>).
/// </summary>
internal static class PersonDetailRead
{
    public static Task<List<PersonHeader>> PeopleAsync(CmaRenewalDbContext db, Expression<Func<Person, bool>> who, CancellationToken ct) =>
        db.People.AsNoTracking().Where(who)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id,
                (p, c) => new PersonHeader(p.Id, p.FirstName, p.LastName, p.Email, p.ClinicId, c.Name, p.Role, p.TimeZone, c.TimeZone, c.CeLeadTimeDays))
            .ToListAsync(ct);

    /// <summary>Credentials with their renewals, holder by holder in the order they were added.</summary>
    public static Task<List<Credential>> CredentialsAsync(CmaRenewalDbContext db, Expression<Func<Credential, bool>> which, CancellationToken ct) =>
        db.Credentials.AsNoTracking().Where(which).Include(c => c.Renewals).OrderBy(c => c.PersonId).ThenBy(c => c.Id).ToListAsync(ct);

    public static async Task<ILookup<long, FeePaymentFacts>> PaymentsAsync(CmaRenewalDbContext db, List<Credential> credentials, CancellationToken ct)
    {
        var ids = credentials.Select(c => c.Id).ToList();
        var payments = await db.FeePayments.AsNoTracking().Where(f => ids.Contains(f.CredentialId)).ToListAsync(ct);
        return payments.ToLookup(f => f.CredentialId, f => f.ToFacts());
    }

    /// <summary>
    /// The CE of <paramref name="personIds"/> linked to a credential (to <paramref name="credentialId"/> only, when given),
    /// in full with splits, links and certificate. Rejected CE never counts and an auditor never sees it.
    /// </summary>
    public static Task<List<CeActivity>> EvidenceAsync(CmaRenewalDbContext db, IReadOnlyCollection<long> personIds, long? credentialId, CancellationToken ct) =>
        db.CeActivities.AsNoTracking().Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
            // The holders' own activities first (an index range), then the link: the other way round scans every activity.
            .Where(a => personIds.Contains(a.PersonId))
            .Where(a => a.Verification != VerificationStatus.Rejected && a.CountsToward.Any(l => credentialId == null || l.CredentialId == credentialId))
            .ToListAsync(ct);
}
