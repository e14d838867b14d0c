using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Http:MaxRequestBodyBytes is checked at start: a limit too small for a sign-in form, absurdly large, or not a number
/// stops the real executable with one line naming the setting and its range.
/// </summary>
public sealed class RequestBodyLimitSettingTests
{
    [Theory]
    [InlineData("100")]
    [InlineData("2000000000")]
    [InlineData("lots")]
    public async Task OutOfRangeLimit_StopsTheStartNamingTheSetting(string value)
    {
        var (exitCode, error) = await StartupFailureTests.RunAppAsync(("Http__MaxRequestBodyBytes", value));

        Assert.Equal(1, exitCode);
        Assert.Equal($"CmaRenewal cannot start: Http:MaxRequestBodyBytes must be a number of bytes from 4096 (4 KiB) to 1073741824 (1 GiB), not '{value}'.",
            error.Trim());
    }
}
