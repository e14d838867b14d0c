using System.Text.Json;

namespace CmaRenewal.Core.Rules;

/// <summary>
/// Puts admin-added versions after a shipped pack's own and validates the result with <see cref="RulePackReader"/>,
/// as if the file had been edited by hand: the same checks, and errors naming the field.
/// </summary>
public static class RulePackOverlay
{
    /// <summary>The pack with <paramref name="versionJsons"/> appended in the order given (version order).</summary>
    public static RulePack Apply(RulePack shipped, IEnumerable<string> versionJsons)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var file = new RulePackFile
        {
            Code = shipped.Code,
            Body = shipped.Body,
            Credential = shipped.Credential,
            Title = shipped.Title,
            Versions = [.. shipped.Versions.Select(RulePackWriter.ToFile)],
        };
        return Read(file, versionJsons, $"{shipped.Code} with admin overrides");
    }

    /// <summary>
    /// Appends stored versions (each one element of a pack file's <c>versions</c>) to <paramref name="file"/> and reads
    /// the whole pack, so a stored version is judged exactly as a hand-edited file would be.
    /// </summary>
    internal static RulePack Read(RulePackFile file, IEnumerable<string> versionJsons, string label)
    {
        file.Versions ??= [];
        foreach (var json in versionJsons)
        {
            try
            {
                file.Versions.Add(JsonSerializer.Deserialize<VersionFile>(json, RulePackWriter.Json)
                    ?? throw new RulePackException(label, $"versions[{file.Versions.Count}]", "the version is empty."));
            }
            catch (JsonException ex)
            {
                throw new RulePackException(label, $"versions[{file.Versions.Count}]", ex.Message);
            }
        }
        return RulePackReader.Read(label, JsonSerializer.Serialize(file, RulePackWriter.Json));
    }

    /// <summary>The shipped catalog with every pack's overrides appended in version order.</summary>
    public static RuleCatalog Apply(RuleCatalog shipped, IEnumerable<RulePackOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var byPack = overrides.GroupBy(o => o.PackCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Version).Select(o => o.VersionJson).ToList(), StringComparer.OrdinalIgnoreCase);
        return new RuleCatalog(shipped.All.Select(p => byPack.TryGetValue(p.Code, out var jsons) ? Apply(p, jsons) : p));
    }
}
