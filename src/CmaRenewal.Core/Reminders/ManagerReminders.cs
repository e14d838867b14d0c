using System.Globalization;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Core.Reminders;

/// <summary>What managers hear about their staff: a weekly digest, and one escalation per credential and cycle when it goes Overdue or InGrace.</summary>
public static class ManagerReminders
{
    public static readonly IReadOnlySet<CredentialStatus> DigestStatuses = new HashSet<CredentialStatus>
    {
        CredentialStatus.AtRisk, CredentialStatus.DueSoon, CredentialStatus.Overdue, CredentialStatus.InGrace, CredentialStatus.Lapsed, CredentialStatus.Missing,
    };

    public static bool Escalates(CredentialStatus status) => status is CredentialStatus.Overdue or CredentialStatus.InGrace;

    public static string EscalationKey(long managerId, long credentialId, DateOnly cycleStart, CredentialStatus status) =>
        string.Create(CultureInfo.InvariantCulture, $"{managerId}/{credentialId}/{cycleStart:yyyy-MM-dd}/{ReminderKind.Escalation}/{status}");

    /// <summary>The week's digest date: the latest <paramref name="digestDay"/> on or before <paramref name="day"/>, so a missed run catches up within the week.</summary>
    public static DateOnly DigestDate(DateOnly day, DayOfWeek digestDay) =>
        day.AddDays(-(((int)day.DayOfWeek - (int)digestDay + 7) % 7));

    public static string DigestKey(long managerId, DateOnly digestDate) =>
        string.Create(CultureInfo.InvariantCulture, $"{managerId}/staff/{digestDate:yyyy-MM-dd}/{ReminderKind.StaffDigest}");
}
