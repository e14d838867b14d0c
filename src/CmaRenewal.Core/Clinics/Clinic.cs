using CmaRenewal.Core.Common;

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

    public void Rename(string name) => Name = Require.Text(name, NameMaxLength, nameof(name));

    public void MoveToTimeZone(string timeZone) => TimeZone = IanaTimeZone.Require(timeZone, nameof(timeZone));
}
