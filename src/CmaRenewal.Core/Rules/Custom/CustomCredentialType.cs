using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Rules.Custom;

/// <summary>
/// One version of a credential type an admin defined (ACLS, a state certification, a TB test), stored as the JSON a
/// pack file holds for one version, so <see cref="RulePackReader"/> reads and validates it like a shipped pack. Never
/// edited in place: an edit is another, later version; the earlier ones stay as its history.
/// </summary>
public sealed class CustomCredentialType
{
    public const int TitleMaxLength = 200;

    // For EF Core.
    private CustomCredentialType()
    {
        Code = Title = VersionJson = Reason = CreatedBy = "";
    }

    public CustomCredentialType(
        string code, string title, int version, DateOnly effectiveFrom, string versionJson, string reason, string createdBy, DateTime createdAtUtc)
    {
        Code = Require.Text(code, Credentials.Credential.PackCodeMaxLength, nameof(code));
        Title = Require.Text(title, TitleMaxLength, nameof(title));
        Version = version > 0 ? version : throw new ArgumentOutOfRangeException(nameof(version), version, "Versions start at 1.");
        EffectiveFrom = effectiveFrom;
        VersionJson = Require.Text(versionJson, int.MaxValue, nameof(versionJson));
        Reason = Require.Text(reason, RulePackOverride.ReasonMaxLength, nameof(reason));
        CreatedBy = Require.Text(createdBy, 256, nameof(createdBy));
        CreatedAtUtc = Require.Utc(createdAtUtc, nameof(createdAtUtc));
    }

    public long Id { get; private set; }

    /// <summary>The pack code, credential-body (ACLS-AHA), as credentials store it.</summary>
    public string Code { get; private set; }

    /// <summary>The name as this version gave it; the latest version's name is the type's.</summary>
    public string Title { get; private set; }

    public int Version { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>One element of a pack file's <c>versions</c> array.</summary>
    public string VersionJson { get; private set; }

    public string Reason { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}
