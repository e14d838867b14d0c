using System.Xml.Linq;

namespace CmaRenewal.UnitTests.Localization;

/// <summary>Every English resource file has a Spanish twin with exactly the same keys, and no text is empty.</summary>
public sealed class ResourceFileTests
{
    public static TheoryData<string> EnglishFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".es.resx", StringComparison.Ordinal) && !IsBuildOutput(f))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void TheAppHasResourceFiles() => Assert.NotEmpty(EnglishFiles());

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void SpanishTwin_HasTheSameKeys_AndNoTextIsEmpty(string englishFile)
    {
        var english = Texts(Path.Combine(RepositoryRoot.Path, englishFile));
        var spanishFile = Path.ChangeExtension(Path.Combine(RepositoryRoot.Path, englishFile), ".es.resx");
        Assert.True(File.Exists(spanishFile), $"{englishFile} has no Spanish twin (.es.resx).");
        var spanish = Texts(spanishFile);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(english.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{englishFile}: {t.Key}"));
        Assert.Empty(spanish.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{spanishFile}: {t.Key}"));
    }

    [Fact]
    public void EverySpanishFile_HasAnEnglishTwin()
    {
        var orphans = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.es.resx", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !File.Exists(f[..^".es.resx".Length] + ".resx"));
        Assert.Empty(orphans);
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
