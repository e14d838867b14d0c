namespace CmaRenewal.Web.Hosting;

/// <summary>
/// Outside Development, ASP.NET Core serves static web assets (<c>_framework/blazor.web.js</c>, MudBlazor's script
/// and styles) only from a publish output; run from a build output (<c>dotnet run -c Release</c>) every page loads
/// but those files answer 500 and nothing is interactive. The build output is recognised by the runtime manifest
/// that points into the source tree, which a publish output does not have.
/// </summary>
internal static partial class BuildOutputCheck
{
    public static void WarnWhenRunFromABuildOutput(this WebApplication app)
    {
        if (!app.Environment.IsProduction()) return;
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{app.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (File.Exists(manifest)) LogBuildOutput(app.Logger);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "CmaRenewal runs from a build output in Production: scripts and styles " +
        "(_framework/blazor.web.js, MudBlazor) are only served from a publish output, so pages will not work. Publish it " +
        "(dotnet publish src/CmaRenewal.Web -c Release -o out) and start out/CmaRenewal.Web; see README, \"Running in production\".")]
    private static partial void LogBuildOutput(ILogger logger);
}
