using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.TestKit.Builders;

/// <summary>Valid entities with sensible defaults; a test names only what it is about (<c>A.Person(clinicId, email: ...)</c>).</summary>
public static class A
{
    public static Clinic Clinic(string name = "Lakeside Family Clinic", string timeZone = "America/Chicago") =>
        new(name, timeZone);

    public static Person Person(long clinicId, string email = "ana.lopez@example.org", string firstName = "Ana",
        string lastName = "Lopez", PersonRole role = PersonRole.Assistant, string? timeZone = null) =>
        new(clinicId, email, firstName, lastName, role, timeZone);

    public static Credential Credential(long personId, string packCode = "CMA-AAMA", DateOnly? certifiedOn = null,
        string? number = "CMA-100200") =>
        new(personId, packCode, certifiedOn ?? new DateOnly(2024, 5, 10), number);

    public static CeActivityDetails ActivityDetails(DateOnly? completedOn = null, string title = "Infection control update",
        long amountHundredths = 250, string unit = Units.AamaCeu, string? category = "clinical", bool approved = true) =>
        new(completedOn ?? new DateOnly(2025, 9, 14), title, "AAMA e-Learning Center", amountHundredths, unit, category,
            approved, ApprovalNumber: "AAMA-55821");

    public static CeActivity Activity(long personId, CeActivityDetails? details = null, DateTime? createdAtUtc = null) =>
        new(personId, details ?? ActivityDetails(), createdAtUtc ?? TestClock.DefaultStart.UtcDateTime);

    public static FeePayment FeePayment(long credentialId, DateOnly? paidOn = null, DateOnly? paidThrough = null,
        long amountCents = 4500) =>
        new(credentialId, paidOn ?? new DateOnly(2025, 3, 1), paidThrough ?? new DateOnly(2026, 3, 31), amountCents);
}
