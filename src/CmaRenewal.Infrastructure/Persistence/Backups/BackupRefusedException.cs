namespace CmaRenewal.Infrastructure.Persistence.Backups;

/// <summary>A backup that was refused (its target or source is wrong) or whose copy failed its check; nothing was written.</summary>
public sealed class BackupRefusedException(string message, bool somethingMissing = false) : Exception(message)
{
    /// <summary>True when a named folder or database does not exist (as opposed to one that may not be used).</summary>
    public bool SomethingMissing { get; } = somethingMissing;
}
