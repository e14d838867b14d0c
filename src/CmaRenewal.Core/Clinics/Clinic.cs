using CmaRenewal.Core.Common;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Core.Clinics;

/// <summary>A clinic: home of assistants, managed by managers. Its time zone is its people's default.</summary>
public sealed class Clinic
{
    public const int NameMaxLength = 200;

    // For EF Core, which sets the properties itself.
    private Clinic()
    {
        Name = "";
        TimeZone = "";
    }

    public Clinic(string name, string timeZone)
    {
        Name = Require.Text(name, NameMaxLength, nameof(name));
        TimeZone = IanaTimeZone.Require(timeZone, nameof(timeZone));
    }

    public long Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>IANA id, e.g. "America/Chicago".</summary>
    public string TimeZone { get; private set; }

    /// <summary>Days-before lists ("90, 30, 7") replacing the rule packs' for this clinic's people; null keeps the pack's.</summary>
    public string? ReminderCeDays { get; private set; }

    public string? ReminderFeeDays { get; private set; }
    public string? ReminderExpirationDays { get; private set; }

    public ClinicReminderOffsets? ReminderOffsets => ReminderCeDays is null && ReminderFeeDays is null && ReminderExpirationDays is null
        ? null
        : new ClinicReminderOffsets(
            ReminderLadder.ParseOffsets(ReminderCeDays), ReminderLadder.ParseOffsets(ReminderFeeDays), ReminderLadder.ParseOffsets(ReminderExpirationDays));

    /// <summary>Sets this clinic's reminder offsets; throws <see cref="FormatException"/> (nothing changed) when a list is not days.</summary>
    public void UseReminderOffsets(string? ceDays, string? feeDays, string? expirationDays)
    {
        var ce = ReminderLadder.ParseOffsets(ceDays);
        var fee = ReminderLadder.ParseOffsets(feeDays);
        var expiration = ReminderLadder.ParseOffsets(expirationDays);
        ReminderCeDays = ce is null ? null : ReminderLadder.FormatOffsets(ce);
        ReminderFeeDays = fee is null ? null : ReminderLadder.FormatOffsets(fee);
        ReminderExpirationDays = expiration is null ? null : ReminderLadder.FormatOffsets(expiration);
    }

    /// <summary>
    /// This clinic's CE lead time in days (a policy, see <see cref="Compliance.LeadTime"/>); null follows the
    /// organisation's default.
    /// </summary>
    public int? CeLeadTimeDays { get; private set; }

    /// <summary>Sets this clinic's lead time, or with null returns it to the organisation's default.</summary>
    public void UseLeadTime(int? days)
    {
        if (days is { } d && !Compliance.LeadTime.IsValid(d))
            throw new ArgumentOutOfRangeException(nameof(days), days, $"A lead time is 0 to {Compliance.LeadTime.MaxDays} days.");
        CeLeadTimeDays = days;
    }

    public void Rename(string name) => Name = Require.Text(name, NameMaxLength, nameof(name));

    public void MoveToTimeZone(string timeZone) => TimeZone = IanaTimeZone.Require(timeZone, nameof(timeZone));
}
