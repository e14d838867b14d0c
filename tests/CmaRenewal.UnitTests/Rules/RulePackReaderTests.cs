using System.Text.Json.Nodes;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

public sealed class RulePackReaderTests
{
    private static readonly string AamaJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rule-packs", "CMA-AAMA.json"));

    [Theory]
    [InlineData("versions[0].cycle.anchor", null, "is required.")]
    [InlineData("versions[0].cycle.anchor", "birthday", "'birthday' is not one of end-of-month, same-day, end-of-calendar-year, exact-date.")]
    [InlineData("versions[0].cycle.length", "60 months", "'60 months' is not a period such as P60M or P90D.")]
    [InlineData("versions[0].cycle.source", "aama website", "'aama website' is not an http(s) address.")]
    [InlineData("versions[0].cycle.confidence", "high", "'high' is not one of verified, unverified.")]
    [InlineData("versions[0].cycle.checkedOn", "27/11/2026", "'27/11/2026' is not a date in YYYY-MM-DD form.")]
    [InlineData("versions[0].ce.total", "-5", "must be positive.")]
    [InlineData("versions[0].ce.conversions[0].unit", "ceu", "'ceu' is not a known unit (aama-ceu, amt-point, nha-credit, clock-hour, contact-hour, iacet-ceu, college-credit).")]
    [InlineData("versions[0].ce.approvedProvider.minimum", "61", "is more than the CE total.")]
    [InlineData("versions[0].lapse.lateCeGrace", "P", "'P' is not a period such as P60M or P90D.")]
    [InlineData("versions[0].reminders.ceDaysBefore", "[7, 7]", "offsets must not repeat.")]
    [InlineData("code", "CMA-NCCT", "must be credential-body ('CMA-AAMA'), not 'CMA-NCCT'.")]
    public void BrokenField_IsReportedWithFileAndPath(string path, string? value, string problem)
    {
        var json = Mutate(path, value);

        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("CMA-AAMA.json", json));

        Assert.Equal($"Rule pack 'CMA-AAMA.json', field '{path}': {problem}", error.Message);
    }

    [Fact]
    public void CategoryMinimumsAboveTheTotal_AreRejected()
    {
        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("x.json", Mutate("versions[0].ce.categories[0].minimum", "45")));

        Assert.Equal("versions[0].ce.categories", error.Field);
    }

    [Fact]
    public void UnknownField_IsRejectedWithItsPath()
    {
        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("x.json", Mutate("versions[0].cycle.lenght", "P60M")));

        Assert.Contains("lenght", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_NamesTheFile()
    {
        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("x.json", "{ \"code\": "));

        Assert.StartsWith("Rule pack 'x.json'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderWithABrokenPack_StopsLoading()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "CMA-AAMA.json"), Mutate("versions[0].ce.total", "0"));

            var error = Assert.Throws<RulePackException>(() => RuleCatalog.LoadDirectory(folder.FullName));

            Assert.Equal("versions[0].ce.total", error.Field);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void PackFileMustBeNamedAfterItsCode()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "aama.json"), AamaJson);

            var error = Assert.Throws<RulePackException>(() => RuleCatalog.LoadDirectory(folder.FullName));

            Assert.Equal("the file must be named CMA-AAMA.json.", error.Problem);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Sets (or with null removes) the JSON value at a path like versions[0].ce.conversions[0].unit.
    private static string Mutate(string path, string? value)
    {
        var root = JsonNode.Parse(AamaJson)!;
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var step in steps[..^1]) node = step.StartsWith('[') ? node[int.Parse(step[1..^1], null)]! : node[step]!;
        var last = steps[^1];
        if (value is null) node.AsObject().Remove(last);
        else node[last] = value.StartsWith('[') || decimal.TryParse(value, out _) && !value.Contains('/', StringComparison.Ordinal)
            ? JsonNode.Parse(value) : JsonValue.Create(value);
        return root.ToJsonString();
    }
}
