using System.Text.Json;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>The compliance lists carry a Missing row for each unmet requirement, shaped like the export's.</summary>
public sealed class ApiMissingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Liam = "liam.scott" + DemoPeople.Domain;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClinicAndPersonCompliance_ListLiamsMissingCertification_WithoutACredentialOrAVerdict()
    {
        var liam = await fixture.World.PersonAsync(Liam);
        var riverside = await fixture.World.ClinicAsync(DemoPeople.Riverside);

        foreach (var path in new[] { $"/api/v1/clinics/{riverside}/compliance?pageSize=100", $"/api/v1/people/{liam}/compliance" })
        {
            var body = JsonDocument.Parse(await fixture.Client(Actor.Ada).GetStringAsync(new Uri(path, UriKind.Relative), Ct)).RootElement;
            var missing = Assert.Single(body.GetProperty("items").EnumerateArray(), i => i.GetProperty("status").GetString() == "Missing");
            Assert.Equal(liam, missing.GetProperty("personId").GetInt64());
            Assert.Equal("CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA", missing.GetProperty("packCode").GetString());
            Assert.Equal(JsonValueKind.Null, missing.GetProperty("credentialId").ValueKind);
            Assert.Equal(JsonValueKind.Null, missing.GetProperty("compliance").ValueKind);
        }
    }
}
