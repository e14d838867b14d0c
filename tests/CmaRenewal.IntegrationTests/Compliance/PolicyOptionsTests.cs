using CmaRenewal.Infrastructure.Compliance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.Compliance;

/// <summary><c>Policies</c> settings are checked at start with a message that names the setting.</summary>
public sealed class PolicyOptionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("-1")]
    [InlineData("366")]
    public async Task ALeadTimeOutsideZeroToAYear_StopsTheStart_NamingIt(string days)
    {
        using var host = Host(("Policies:CeLeadTimeDays", days));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(error.Failures, f => f.Contains("Policies:CeLeadTimeDays must be between 0 and 365.", StringComparison.Ordinal));
    }

    [Fact]
    public void Unset_TheLeadTimeIs30Days()
    {
        using var host = Host();

        Assert.Equal(30, host.Services.GetRequiredService<IOptions<PolicyOptions>>().Value.CeLeadTimeDays);
    }

    private static IHost Host(params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddCmaCompliance();
        return builder.Build();
    }
}
