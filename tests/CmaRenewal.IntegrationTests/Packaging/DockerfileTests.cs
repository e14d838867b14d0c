using System.Text.RegularExpressions;
using System.Xml.Linq;
using CmaRenewal.TestKit;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.IntegrationTests.Packaging;

/// <summary>
/// infra/Dockerfile keeps its promises (the issue's "Packaging"): multi-stage, non-root, the data folder a volume, a
/// health check on /health/ready through the app's own probe, production settings and no secrets. Docker cannot
/// build it here; these checks read it.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly Dockerfile File = Dockerfile.Read();
    private static readonly string WebAssembly = typeof(HealthProbe).Assembly.GetName().Name + ".dll";

    [Fact]
    public void BuildsWithTheSdk_AndRunsOnTheAspNetRuntimeOnly()
    {
        Assert.True(File.Stages.Count >= 2, "multi-stage: a build stage and a runtime stage");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0 ", File.Stages[0][0].Arguments, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0 ", File.Final[0].Arguments, StringComparison.Ordinal);
        Assert.Contains(File.Final, i => i.Keyword == "COPY" && i.Arguments.StartsWith("--from=build ", StringComparison.Ordinal));
        Assert.DoesNotContain(File.Final, i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet ", StringComparison.Ordinal));
    }

    [Fact]
    public void RunsAsTheImagesUnprivilegedUser_AfterTheLastRootStep()
    {
        var final = File.Final.ToList();
        var user = final.FindLastIndex(i => i.Keyword == "USER");

        Assert.True(user > 0, "the runtime stage names a USER");
        Assert.DoesNotMatch(@"^(root|0)(:|$)", final[user].Arguments);
        Assert.DoesNotContain(final.Skip(user), i => i.Keyword is "USER" or "RUN" && i != final[user]);
    }

    [Fact]
    public void TheDataFolder_IsAVolume_OwnedByThatUser()
    {
        var dataFolder = File.FinalEnvironment()["Storage__DataDirectory"];

        Assert.Contains(File.Final, i => i.Keyword == "VOLUME" && i.Words().Contains(dataFolder));
        Assert.Contains(File.Final, i => i.Keyword == "RUN" && i.Arguments.Contains($"chown \"$APP_UID\" {dataFolder}", StringComparison.Ordinal));
        Assert.Equal("$APP_UID", File.Final.Last(i => i.Keyword == "USER").Arguments);
    }

    [Fact]
    public void RunsThePublishedWebAssembly_InProduction_OnTheExposedPort()
    {
        var environment = File.FinalEnvironment();
        var publish = File.Stages[0].Single(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet publish ", StringComparison.Ordinal)).Words();
        var project = Path.Combine(RepositoryRoot.Path, publish[2]);

        Assert.True(System.IO.File.Exists(project), $"the published project {publish[2]} exists");
        Assert.Equal(Path.GetFileNameWithoutExtension(project) + ".dll", WebAssembly);
        Assert.Equal(["dotnet", WebAssembly], File.Final.Single(i => i.Keyword == "ENTRYPOINT").Words());
        Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal(environment["ASPNETCORE_HTTP_PORTS"], File.Final.Single(i => i.Keyword == "EXPOSE").Arguments);
    }

    [Fact]
    public void TheHealthCheck_IsTheAppsProbeOfReadiness()
    {
        var check = File.Final.Single(i => i.Keyword == "HEALTHCHECK");

        Assert.Equal(["dotnet", WebAssembly, HealthProbe.Verb], check.Words(after: "CMD"));
        Assert.Contains("--interval=", check.Arguments, StringComparison.Ordinal);
    }

    /// <summary>The restore step copies each project of the published one's reference closure, so none is missed.</summary>
    [Fact]
    public void TheRestoreLayer_CopiesEveryProjectThePublishedOneNeeds_AndEverySourceExists()
    {
        var copied = File.Stages[0].Where(i => i.Keyword == "COPY").SelectMany(i => i.Words().SkipLast(1)).ToList();

        Assert.Equal(ProjectClosure("src/CmaRenewal.Web/CmaRenewal.Web.csproj").Order(StringComparer.Ordinal),
            copied.Where(c => c.EndsWith(".csproj", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(copied, source => Assert.True(
            System.IO.File.Exists(Path.Combine(RepositoryRoot.Path, source)) || Directory.Exists(Path.Combine(RepositoryRoot.Path, source)),
            $"COPY {source} names something in the repository"));
    }

    [Fact]
    public void HoldsNoSecret()
    {
        var text = System.IO.File.ReadAllText(Dockerfile.FilePath);

        Assert.DoesNotMatch(Secret(), text);
        Assert.DoesNotContain(File.All, i => i.Keyword == "ARG");
        Assert.DoesNotContain(File.FinalEnvironment().Keys, k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSecretCheck_CatchesAPassword()
    {
        Assert.Matches(Secret(), "ENV Smtp__Password=hunter2");
        Assert.Matches(Secret(), "ENV ConnectionStrings__CmaRenewal=\"Server=db;Password=x\"");
    }

    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([project]);
        while (todo.TryPop(out var next))
        {
            if (!seen.Add(next)) continue;
            var folder = Path.GetDirectoryName(next)!;
            foreach (var reference in XDocument.Load(Path.Combine(RepositoryRoot.Path, next)).Descendants("ProjectReference"))
                todo.Push(Path.GetRelativePath(RepositoryRoot.Path, Path.GetFullPath(Path.Combine(RepositoryRoot.Path, folder, reference.Attribute("Include")!.Value))).Replace('\\', '/'));
        }
        return seen;
    }

    [GeneratedRegex(@"(?i)(password|pwd|secret|apikey|api_key|token)\s*=\s*[^\s""$]")]
    private static partial Regex Secret();
}
