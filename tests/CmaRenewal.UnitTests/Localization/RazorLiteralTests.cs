namespace CmaRenewal.UnitTests.Localization;

/// <summary>
/// No text a person reads is written literally in .razor markup: it comes from a resource file, so it exists in
/// English and Spanish. What the scan cannot tell from code, and the few texts that are the same in both languages
/// (the product's name, symbols), are on razor-literals-allowed.txt. Files still waiting for their translation are on
/// razor-not-yet-localized.txt; the list may only shrink.
/// </summary>
public sealed class RazorLiteralTests
{
    private static readonly string Here = Path.Combine(RepositoryRoot.Path, "tests", "CmaRenewal.UnitTests", "Localization");

    public static TheoryData<string> RazorFiles() => [.. Files()];

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(RazorFiles))]
    public void Markup_HasNoLiteralText(string file)
    {
        var literals = LiteralsIn(file);
        if (NotYetLocalized().Contains(file))
        {
            Assert.True(literals.Count > 0, $"{file} has no literal text left: take it off razor-not-yet-localized.txt.");
            return;
        }
        Assert.True(literals.Count == 0,
            $"{file} shows literal text; put it in the component's resource files (see docs/localization.md):\n"
            + string.Join('\n', literals.Select(l => $"  line {l.Line}: {l.Text}")));
    }

    [Fact]
    public void NotYetLocalizedList_NamesOnlyExistingFiles()
    {
        var files = Files().ToHashSet(StringComparer.Ordinal);
        Assert.All(NotYetLocalized(), f => Assert.True(files.Contains(f), $"{f} is not a .razor file under src."));
    }

    [Theory]
    [InlineData("<p>Hello there</p>", "Hello there")]
    [InlineData("<MudButton Label=\"Save changes\" />", "Label=\"Save changes\"")]
    [InlineData("<td>@row.Name</td><td>on @PlainFormat.Date(x).</td>", "on .")]
    [InlineData("@if (a > b)\n{\n    <span>Wait</span>\n}", "Wait")]
    public void Scanner_FindsLiterals(string razor, string expected) =>
        Assert.Contains(expected, RazorMarkupText.Find(razor).Select(l => l.Text));

    [Theory]
    [InlineData("<p>@T[\"Hello\"]</p>")]
    [InlineData("<MudButton Label=\"@T[\"Save\"]\" Icon=\"@Icons.Material.Filled.Save\" Class=\"mt-2 mb-2\" />")]
    [InlineData("@code {\n  private string x = \"Not markup\";\n}")]
    [InlineData("@* A comment *@\n<!-- another -->\n@using Foo.Bar")]
    [InlineData("@foreach (var row in rows)\n{\n  <td>@row.Name</td>\n}\nelse\n{\n}")]
    [InlineData("@if (a)\n{\n  <b>@T[\"A\"]</b>\n}\nelse if (b.Count > 0 && c)\n{\n  <b>@T[\"B\"]</b>\n}")]
    [InlineData("<PropertyColumn Property=\"r => r.ExpiresOn\" Title=\"@T[\"Expires\"]\" />")]
    [InlineData("@switch (x)\n{\n  case Kind.A:\n    <b>@T[\"A\"]</b>\n    break;\n}")]
    public void Scanner_IgnoresCodeAndLocalizedText(string razor) => Assert.Empty(RazorMarkupText.Find(razor));

    private static List<RazorMarkupText.Literal> LiteralsIn(string file)
    {
        var allowed = Allowed();
        return [.. RazorMarkupText.Find(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)))
            .Where(l => !allowed.Contains(("*", l.Text)) && !allowed.Contains((file, l.Text)))];
    }

    private static HashSet<string> NotYetLocalized() =>
        [.. Lines("razor-not-yet-localized.txt")];

    /// <summary>Lines "path-or-*&lt;TAB&gt;exact text".</summary>
    private static HashSet<(string File, string Text)> Allowed() =>
        [.. Lines("razor-literals-allowed.txt").Select(l => l.Split('\t', 2)).Select(p => (p[0], p[1]))];

    private static IEnumerable<string> Lines(string name) =>
        File.ReadAllLines(Path.Combine(Here, name)).Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
