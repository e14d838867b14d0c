using System.Text.Json;
using CmaRenewal.TestKit;

namespace CmaRenewal.IntegrationTests.Packaging;

/// <summary>One Dockerfile instruction: its keyword (upper case) and the rest of its logical line.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>The exec form (<c>["dotnet", "x.dll"]</c>) as its words; the shell form split at spaces.</summary>
    public IReadOnlyList<string> Words(string? after = null)
    {
        var text = after is null ? Arguments : Arguments[(Arguments.IndexOf(after, StringComparison.Ordinal) + after.Length)..].Trim();
        return text.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(text)! : text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}

/// <summary>
/// infra/Dockerfile read as Docker reads it: comments dropped, backslash continuations joined, instructions grouped by
/// stage (each FROM starts one). No Docker engine runs here, so its promises are checked on the text.
/// </summary>
internal sealed class Dockerfile
{
    public static readonly string FilePath = Path.Combine(RepositoryRoot.Path, "infra", "Dockerfile");

    private Dockerfile(IReadOnlyList<IReadOnlyList<DockerInstruction>> stages) => Stages = stages;

    public IReadOnlyList<IReadOnlyList<DockerInstruction>> Stages { get; }

    public IReadOnlyList<DockerInstruction> Final => Stages[^1];

    public IEnumerable<DockerInstruction> All => Stages.SelectMany(s => s);

    public static Dockerfile Read() => Parse(File.ReadAllText(FilePath));

    public static Dockerfile Parse(string text)
    {
        var stages = new List<List<DockerInstruction>>();
        foreach (var line in LogicalLines(text))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var instruction = new DockerInstruction(line[..space].ToUpperInvariant(), line[(space + 1)..].Trim());
            if (instruction.Keyword == "FROM") stages.Add([]);
            stages[^1].Add(instruction);
        }
        return new Dockerfile(stages);
    }

    /// <summary>The <c>ENV</c> values of the final stage (the <c>KEY=value</c> form, several on one line).</summary>
    public IReadOnlyDictionary<string, string> FinalEnvironment() =>
        Final.Where(i => i.Keyword == "ENV")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    private static IEnumerable<string> LogicalLines(string text)
    {
        var pending = "";
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0)) continue;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1].Trim() + " ";
                continue;
            }
            var whole = (pending + line).Trim();
            pending = "";
            if (whole.Length > 0) yield return whole;
        }
    }
}
