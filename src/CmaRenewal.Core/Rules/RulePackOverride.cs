using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Rules;

/// <summary>
/// A rule pack version an admin added on top of the shipped file (a corrected fee, a new CE total, an emergency
/// extension), stored as the same JSON a pack file holds for one version, so it is read and validated by the same
/// <see cref="RulePackReader"/>. Never edited in place: a correction is another, later version.
/// </summary>
public sealed class RulePackOverride
{
    public const int ReasonMaxLength = 1000;

    // For EF Core.
    private RulePackOverride()
    {
        PackCode = VersionJson = Reason = CreatedBy = "";
    }

    public RulePackOverride(string packCode, int version, DateOnly effectiveFrom, string versionJson, string reason, string createdBy, DateTime createdAtUtc)
    {
        PackCode = Require.Text(packCode, 40, nameof(packCode));
        Version = version > 0 ? version : throw new ArgumentOutOfRangeException(nameof(version), version, "Versions start at 1.");
        EffectiveFrom = effectiveFrom;
        VersionJson = Require.Text(versionJson, int.MaxValue, nameof(versionJson));
        Reason = Require.Text(reason, ReasonMaxLength, nameof(reason));
        CreatedBy = Require.Text(createdBy, 256, nameof(createdBy));
        CreatedAtUtc = Require.Utc(createdAtUtc, nameof(createdAtUtc));
    }

    public long Id { get; private set; }
    public string PackCode { get; private set; }
    public int Version { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>One element of a pack file's <c>versions</c> array.</summary>
    public string VersionJson { get; private set; }

    public string Reason { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}
