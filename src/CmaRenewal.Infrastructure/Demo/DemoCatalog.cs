using CmaRenewal.Core.Rules;

namespace CmaRenewal.Infrastructure.Demo;

/// <summary>Names, courses and providers that make demo data read like a real clinic group's.</summary>
internal static class DemoCatalog
{
    public static readonly string[] FirstNames =
    [
        "Maria", "James", "Aisha", "Tom", "Grace", "Sam", "Olivia", "Noah", "Emma", "Liam", "Ava", "Lucas", "Sofia",
        "Ethan", "Mia", "Daniel", "Chloe", "Mateo", "Zoe", "Isaac", "Priya", "Jamal", "Hana", "Diego", "Nora",
    ];

    public static readonly string[] LastNames =
    [
        "Lopez", "Carter", "Khan", "Nguyen", "Kim", "Patel", "Brown", "Davis", "Wilson", "Scott", "Martinez", "Reyes",
        "Johnson", "Okafor", "Chen", "Garcia", "Novak", "Haddad", "Silva", "Murphy", "Singh", "Ito", "Rossi", "Ward",
    ];

    public static readonly string[] TimeZones =
        ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "Pacific/Honolulu"];

    public static readonly (string Title, string Category)[] Courses =
    [
        ("HIPAA Privacy and Security Refresher", "administrative"),
        ("Medical Coding Update", "administrative"),
        ("Insurance Verification and Prior Authorization", "administrative"),
        ("Scheduling and Patient Flow", "administrative"),
        ("Phlebotomy Best Practices", "clinical"),
        ("Infection Control in Ambulatory Care", "clinical"),
        ("EKG Interpretation Basics", "clinical"),
        ("Vital Signs and Point-of-Care Testing", "clinical"),
        ("Pharmacology for Medical Assistants", "clinical"),
        ("Patient Communication Skills", "general"),
        ("Cultural Competency in Health Care", "general"),
        ("Workplace Ethics and Professionalism", "general"),
        ("Diabetes Care Essentials", "general"),
    ];

    /// <summary>Provider, unit as printed, whether it is an approved provider (for AAMA's rule).</summary>
    public static readonly (string Provider, string Unit, bool Approved)[] Providers =
    [
        ("AAMA e-Learning Center", Units.AamaCeu, true),
        ("AAMA State Society Conference", Units.AamaCeu, true),
        ("NHA CE Library", Units.NhaCredit, false),
        ("AMT Education Hub", Units.AmtPoint, false),
        ("Relias", Units.ContactHour, false),
        ("CEUfast", Units.ClockHour, false),
        ("Valley Community College", Units.CollegeCredit, false),
    ];
}
