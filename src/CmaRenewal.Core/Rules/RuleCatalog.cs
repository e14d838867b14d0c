namespace CmaRenewal.Core.Rules;

/// <summary>Every rule pack the app knows, by code. Loaded once at start; a broken file stops the app.</summary>
public sealed class RuleCatalog : IRuleCatalogSource
{
    private readonly Dictionary<string, RulePack> packs;

    public RuleCatalog(IEnumerable<RulePack> packs)
    {
        this.packs = new Dictionary<string, RulePack>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            if (!this.packs.TryAdd(pack.Code, pack))
                throw new ArgumentException($"Two rule packs have the code '{pack.Code}'.", nameof(packs));
        }
    }

    public IReadOnlyCollection<RulePack> All => packs.Values;

    /// <summary>A fixed catalog is its own source (tests, benchmarks, demo data).</summary>
    RuleCatalog IRuleCatalogSource.Current => this;

    public RulePack this[string code] =>
        packs.TryGetValue(code, out var pack) ? pack : throw new KeyNotFoundException($"No rule pack has the code '{code}'.");

    public bool TryGet(string code, out RulePack pack) => packs.TryGetValue(code, out pack!);

    /// <summary>Reads every <c>*.json</c> in <paramref name="directory"/>; the file name must be the pack's code.</summary>
    public static RuleCatalog LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"The rule pack folder '{directory}' does not exist.");
        var packs = new List<RulePack>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var pack = RulePackReader.Read(name, File.ReadAllText(path));
            if (!string.Equals(Path.GetFileNameWithoutExtension(path), pack.Code, StringComparison.Ordinal))
                throw new RulePackException(name, "code", $"the file must be named {pack.Code}.json.");
            packs.Add(pack);
        }
        if (packs.Count == 0) throw new InvalidOperationException($"The rule pack folder '{directory}' holds no *.json pack.");
        return new RuleCatalog(packs);
    }

    /// <summary>The packs shipped next to the binaries (folder <c>rule-packs</c>).</summary>
    public static RuleCatalog LoadShipped() => LoadDirectory(Path.Combine(AppContext.BaseDirectory, "rule-packs"));
}
