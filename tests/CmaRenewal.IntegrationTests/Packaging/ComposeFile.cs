using CmaRenewal.TestKit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CmaRenewal.IntegrationTests.Packaging;

/// <summary>
/// infra/compose.yaml as Compose reads it (anchors and <c>&lt;&lt;</c> merge keys resolved): its services, and the
/// environment of those that run the app's image.
/// </summary>
internal sealed class ComposeFile
{
    public const string AppImage = "cmarenewal:local";
    public static readonly string FilePath = Path.Combine(RepositoryRoot.Path, "infra", "compose.yaml");

    private readonly YamlMappingNode root;

    private ComposeFile(YamlMappingNode root) => this.root = root;

    public static ComposeFile Read()
    {
        using var reader = new StringReader(File.ReadAllText(FilePath));
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        return new ComposeFile((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlMappingNode Services => (YamlMappingNode)root["services"];

    /// <summary>The node at a path of mapping keys and sequence indexes.</summary>
    public YamlNode Node(params string[] path) =>
        path.Aggregate((YamlNode)root, (node, step) => node is YamlSequenceNode list ? list.Children[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)] : ((YamlMappingNode)node)[step]);

    public YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    public IEnumerable<string> ServiceNames => Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    /// <summary>The services running the app's own image (its servers and the one-shot migration).</summary>
    public IEnumerable<string> AppServices => ServiceNames.Where(n => Scalar(Service(n), "image") == AppImage);

    /// <summary>The long-running app servers: the app's image without a command of its own (a verb).</summary>
    public IEnumerable<string> AppServers => AppServices.Where(n => !Service(n).Children.ContainsKey("command"));

    public IReadOnlyDictionary<string, string> Environment(string service) =>
        ((YamlMappingNode)Service(service)["environment"]).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal);

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    public static IEnumerable<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlSequenceNode)value).Children.Select(c => ((YamlScalarNode)c).Value!) : [];
}
