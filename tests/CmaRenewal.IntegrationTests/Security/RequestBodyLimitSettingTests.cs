using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>Http:MaxRequestBodyBytes is checked at start: a limit too small for a sign-in form, or absurdly large, stops the app.</summary>
public sealed class RequestBodyLimitSettingTests
{
    [Theory]
    [InlineData("100")]
    [InlineData("2000000000")]
    [InlineData("lots")]
    public async Task OutOfRangeLimit_StopsTheStartNamingTheSetting(string value)
    {
        await using var app = new AppFactory(("Http:MaxRequestBodyBytes", value));

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        var message = Unwrap(error).Message;
        Assert.Contains("Http:MaxRequestBodyBytes", message, StringComparison.Ordinal);
        Assert.Contains("4096", message, StringComparison.Ordinal);
    }

    private static Exception Unwrap(Exception ex) => ex is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerExceptions[0]) : ex;
}
