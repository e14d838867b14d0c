namespace CmaRenewal.Infrastructure.Persistence.Backups;

/// <summary>The checks on a backup's target file, made before anything is written.</summary>
internal static class BackupTarget
{
    public static void Check(string file, bool replace, string database)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (!Directory.Exists(folder))
            throw new BackupRefusedException($"The folder {folder} does not exist.", somethingMissing: true);
        if (string.Equals(file, database, StringComparison.Ordinal) || file.StartsWith(database + "-", StringComparison.Ordinal))
            throw new BackupRefusedException($"{file} is the database itself; choose another file.");
        if (Directory.Exists(file)) throw new BackupRefusedException($"{file} is a folder; name a file in it.");
        if (File.Exists(file) && !replace) throw Exists(file);
    }

    public static BackupRefusedException Exists(string file) =>
        new($"{file} already exists; add --force to replace it.");

    /// <summary>An empty file beside the target (same folder, so the final move is a rename), proving the folder is writable.</summary>
    public static string PartialFileBeside(string file)
    {
        var partial = $"{file}.{Guid.NewGuid():N}.partial";
        try
        {
            using (File.Create(partial)) { }
            return partial;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new BackupRefusedException($"Cannot write to {Path.GetDirectoryName(file)}: {e.Message}");
        }
    }
}
