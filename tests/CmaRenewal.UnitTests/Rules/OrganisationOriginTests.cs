using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

/// <summary>
/// Only a pack the organisation defined may cite the organisation instead of an http(s) page: a certifying body's
/// pack citing it is refused like any other missing source.
/// </summary>
public sealed class OrganisationOriginTests
{
    private static readonly string BlsJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rule-packs", "BLS-AHA.json"))
        .Replace("\"source\": \"https://cpr.heart.org/en/resources/course-card-information\"", "\"source\": \"organisation\"", StringComparison.Ordinal);

    private static string WithOrigin(string origin) =>
        BlsJson.Replace("\"code\": \"BLS-AHA\",", $"\"code\": \"BLS-AHA\", \"origin\": \"{origin}\",", StringComparison.Ordinal);

    [Fact]
    public void ABodysPackCitingTheOrganisation_IsRefusedOnItsSource()
    {
        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("BLS-AHA.json", BlsJson));

        Assert.Equal(("versions[0].cycle.source", "'organisation' is not an http(s) address."), (error.Field, error.Problem));
    }

    [Fact]
    public void AnOrganisationsPack_CitesTheOrganisation()
    {
        var pack = RulePackReader.Read("BLS-AHA.json", WithOrigin("organisation"));

        Assert.True(pack.DefinedByOrganisation);
        Assert.True(pack.Latest.Cycle.Provenance.IsDefinedByOrganisation);
        Assert.False(pack.Latest.Lapse.Provenance.IsDefinedByOrganisation);
    }

    [Fact]
    public void AnUnknownOrigin_IsRefused()
    {
        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("BLS-AHA.json", WithOrigin("hospital")));

        Assert.Equal(("origin", "must be 'organisation' or absent."), (error.Field, error.Problem));
    }
}
