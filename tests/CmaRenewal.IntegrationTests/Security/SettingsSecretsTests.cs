using System.Text.Json;
using System.Text.RegularExpressions;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// No appsettings file in the repository holds a secret: secrets come from the environment or a secret store.
/// A placeholder in angle brackets ("&lt;from your secret store&gt;") or an empty value is fine.
/// </summary>
public sealed partial class SettingsSecretsTests
{
    public static TheoryData<string> SettingsFiles() => [.. Files().Select(f => Path.GetRelativePath(Root, f))];

    [Fact]
    public void TheRepository_HasSettingsFilesToScan() => Assert.NotEmpty(Files());

    [Theory]
    [MemberData(nameof(SettingsFiles))]
    public void SettingsFile_HoldsNoSecret(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, file)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        Assert.Empty(Secrets(doc.RootElement, ""));
    }

    [Theory]
    [InlineData("{\"Smtp\":{\"Password\":\"hunter2\"}}", "Smtp:Password")]
    [InlineData("{\"ConnectionStrings\":{\"Db\":\"Server=x;Password=hunter2\"}}", "ConnectionStrings:Db")]
    public void Scanner_FindsASecret(string json, string path)
    {
        using var doc = JsonDocument.Parse(json);

        Assert.Equal([path], Secrets(doc.RootElement, ""));
    }

    private static IEnumerable<string> Secrets(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
            return element.EnumerateObject().SelectMany(p => Secrets(p.Value, path.Length == 0 ? p.Name : $"{path}:{p.Name}"));
        if (element.ValueKind != JsonValueKind.String) return [];
        var value = element.GetString() ?? "";
        var key = path[(path.LastIndexOf(':') + 1)..];
        var secretKey = SecretKey().IsMatch(key) && !IsPlaceholder(value);
        var secretInside = InlinePassword().Matches(value).Any(m => !IsPlaceholder(m.Groups["value"].Value));
        return secretKey || secretInside ? [path] : [];
    }

    private static bool IsPlaceholder(string value) => value.Trim().Length == 0 || value.Trim() is ['<', .., '>'];

    private static string[] Files() =>
        [.. Directory.EnumerateFiles(Root, "appsettings*.json", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj" or "node_modules" or ".git" or "artifacts"))];

    private static readonly string Root = FindRoot(AppContext.BaseDirectory);

    private static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CmaRenewal.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No CmaRenewal.sln above {start}.");
    }

    [GeneratedRegex("(password|passwd|pwd|secret|apikey|api_key|token|privatekey|credential)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();

    [GeneratedRegex("(password|pwd)\\s*=\\s*(?<value><[^>]*>|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlinePassword();
}
