using System.Text.Json;

namespace CmaRenewal.Core.Rules;

/// <summary>
/// Turns an admin's <see cref="RuleEdit"/> of a pack's latest version into the JSON of the next version, then
/// validates the whole pack with it. Every rule the edit changes gets the admin's provenance; the rest keep theirs.
/// </summary>
public static class RuleEditor
{
    /// <summary>The next version's JSON and the pack it makes; throws <see cref="RulePackException"/> when invalid.</summary>
    public static (string Json, RulePack Pack) Draft(RulePack shipped, IReadOnlyList<string> savedJsons, RuleEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var latest = RulePackOverlay.Apply(shipped, savedJsons).Latest;
        var file = RulePackWriter.ToFile(latest);
        file.Version = latest.Version + 1;
        file.EffectiveFrom = RulePackWriter.Date(edit.EffectiveFrom);
        file.Summary = $"Admin override of version {latest.Version}: {edit.Reason.Trim()}";
        var changes = new RuleEditChanges(edit);
        changes.ApplyLapse(file.Lapse!);
        foreach (var fee in file.Fees ?? []) changes.ApplyFee(fee);
        if (file.Ce is { } ce) changes.ApplyCe(ce);
        var json = JsonSerializer.Serialize(file, RulePackWriter.Json);
        return (json, RulePackOverlay.Apply(shipped, [.. savedJsons, json]));
    }
}
