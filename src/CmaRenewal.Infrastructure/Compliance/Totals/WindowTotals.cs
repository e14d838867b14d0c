using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// One credential's CE totals as the engine takes them: summed rows, or the kept totals still packed as SQLite read
/// them. Packed ones are read when the engine judges the credential, on the engine's cores, into a list each core
/// reuses (<see cref="TotalsScratch"/>): the organisation's 265,000 totals then never outlive one evaluation, so the
/// collector no longer copies them into older generations with everything else a large read keeps.
/// </summary>
internal readonly struct WindowTotals
{
    // A List<CeTotal> or a packed string (PackedTotals); null: no CE in the window.
    private readonly object? value;

    public WindowTotals(List<CeTotal> summed) => value = summed;

    public WindowTotals(string packed) => value = packed;

    /// <summary>The totals; a packed value is read into <paramref name="scratch"/>'s list, valid until its next read.</summary>
    public IReadOnlyList<CeTotal> Read(TotalsScratch scratch) => value switch
    {
        List<CeTotal> summed => summed,
        string packed => scratch.Unpack(packed),
        _ => [],
    };

    /// <summary>The totals in a list of their own (a read that keeps them, or subtracts from them).</summary>
    public List<CeTotal> ToList(TextPool texts)
    {
        if (value is List<CeTotal> summed) return summed;
        var list = new List<CeTotal>();
        if (value is string packed) PackedTotals.Read(packed, list, texts);
        return list;
    }
}

/// <summary>What one core reuses to read packed totals: a list, and one instance of each repeated text.</summary>
internal sealed class TotalsScratch
{
    private readonly List<CeTotal> totals = [];
    private readonly TextPool texts = new();

    public IReadOnlyList<CeTotal> Unpack(string packed)
    {
        totals.Clear();
        PackedTotals.Read(packed, totals, texts);
        return totals;
    }
}
