using System.Text.RegularExpressions;
using CmaRenewal.TestKit;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;

namespace CmaRenewal.IntegrationTests.Packaging;

/// <summary>
/// infra/compose.yaml, read (no Docker engine runs here): every setting it gives the app is one the app reads; the
/// app's own start-up validation, in Production, accepts what the container gets (the image's ENV plus the file's);
/// and the topology the issue asks for: SQL Server, a mail catcher, two app servers behind a sticky proxy, one
/// database and one certificate volume.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly ComposeFile Compose = ComposeFile.Read();

    [Fact]
    public void EverySettingItGivesTheApp_IsOneTheAppReads()
    {
        var unknown = Compose.AppServices.SelectMany(s => Compose.Environment(s).Keys.Select(k => $"{s}: {k}"))
            .Where(entry => !AppSettingsSurface.Knows(entry[(entry.IndexOf(':', StringComparison.Ordinal) + 2)..]))
            .ToList();

        Assert.NotEmpty(Compose.AppServices);
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("Smtp__Host", true)]
    [InlineData("ReverseProxy__KnownNetworks__0", true)]
    [InlineData("RateLimits__SignInPerIp__PermitLimit", true)]
    [InlineData("ConnectionStrings__CmaRenewal", true)]
    [InlineData("Logging__Console__FormatterName", true)]
    [InlineData("Smtp__Hostname", false)]
    [InlineData("Smtp__Host__Name", false)]
    [InlineData("ReverseProxy__KnownNetworks__first", false)]
    [InlineData("ConnectionStrings__Default", false)]
    [InlineData("Mail__Host", false)]
    public void TheSurface_KnowsTheAppsKeys_AndNoOthers(string key, bool known)
    {
        Assert.Equal(known, AppSettingsSurface.Knows(key));
        Assert.Superset(new HashSet<string>(["App", "Database", "Storage", "Smtp", "DataProtection", "Reminders", "Jobs", "RateLimits", "Http", "ReverseProxy", "Demo", "Policies"]),
            AppSettingsSurface.SectionNames.ToHashSet());
    }

    [Fact]
    public void WhatEachAppServerGets_PassesTheAppsOwnStartupValidation_InProduction()
    {
        foreach (var server in Compose.AppServices)
            Assert.Null(StartupProblems(ContainerSettings(server)));
    }

    /// <summary>The same validation fails without a required key: the test above can fail.</summary>
    [Theory]
    [InlineData("App__BaseUrl", "App:BaseUrl is required in Production")]
    [InlineData("ConnectionStrings__CmaRenewal", "ConnectionStrings:CmaRenewal is required when Database:Provider is SqlServer.")]
    public void WithoutARequiredKey_TheAppWouldNotStart(string key, string message)
    {
        var settings = ContainerSettings(Compose.AppServers.First());
        Assert.True(settings.Remove(key), $"the compose file sets {key}");

        Assert.Contains(message, StartupProblems(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoAppServers_ShareOneSqlServerDatabase_OneCertificateVolume_AndTheMailCatcher()
    {
        var servers = Compose.AppServers.ToList();
        var environments = servers.Select(Compose.Environment).ToList();

        Assert.Equal(2, servers.Count);
        Assert.Single(environments.Select(e => e["ConnectionStrings__CmaRenewal"]).Distinct());
        Assert.All(environments, e => Assert.Equal("SqlServer", e["Database__Provider"]));
        Assert.StartsWith("Server=sqlserver;", environments[0]["ConnectionStrings__CmaRenewal"], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/mssql/server:", ComposeFile.Scalar(Compose.Service("sqlserver"), "image"), StringComparison.Ordinal);
        Assert.Equal("mailpit", environments[0]["Smtp__Host"]);
        Assert.StartsWith("axllent/mailpit", ComposeFile.Scalar(Compose.Service("mailpit"), "image"), StringComparison.Ordinal);
        var certificates = environments[0]["Storage__CertificateDirectory"];
        Assert.All(servers, s => Assert.Contains($"certificates:{certificates}", ComposeFile.Sequence(Compose.Service(s), "volumes")));
    }

    [Fact]
    public void TheMigrationRunsOnce_BeforeEitherServerStarts()
    {
        var migrate = Compose.AppServices.Except(Compose.AppServers).Single();

        Assert.Equal(["migrate"], ComposeFile.Sequence(Compose.Service(migrate), "command"));
        Assert.All(Compose.AppServers, s => Assert.Equal("service_completed_successfully",
            ((YamlScalarNode)Compose.Node("services", s, "depends_on", migrate, "condition")).Value));
    }

    [Fact]
    public void TheProxy_SpreadsOverBothServers_WithACookieThatKeepsEachBrowserOnItsCircuit()
    {
        var proxy = Compose.Service("proxy");
        var caddyfile = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "Caddyfile"));
        var upstreams = Upstream().Match(caddyfile).Groups["servers"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("./Caddyfile:/etc/caddy/Caddyfile:ro", ComposeFile.Sequence(proxy, "volumes"));
        Assert.Equal(Compose.AppServers.Select(s => $"{s}:8080"), upstreams);
        Assert.Matches(@"lb_policy\s+cookie\b", caddyfile);
        // The app believes the proxy's X-Forwarded-* only from a known network: the one the proxy is on.
        var subnet = ((YamlScalarNode)Compose.Node("networks", "backend", "ipam", "config", "0", "subnet")).Value;
        Assert.Equal(subnet, Compose.Environment(Compose.AppServers.First())["ReverseProxy__KnownNetworks__0"]);
    }

    [Fact]
    public void HoldsNoSecret_PasswordsComeFromTheEnvironment()
    {
        // ${VARIABLE} is read from the operator's environment when Compose starts: that is where secrets belong.
        var text = Interpolated().Replace(File.ReadAllText(ComposeFile.FilePath), "$VARIABLE");

        Assert.DoesNotMatch(Secret(), text);
        Assert.Matches(Secret(), "Smtp__Password: hunter2");
        Assert.Contains("Password=${MSSQL_SA_PASSWORD:?", Compose.Environment(Compose.AppServers.First())["ConnectionStrings__CmaRenewal"], StringComparison.Ordinal);
    }

    /// <summary>What the app in a container of <paramref name="service"/> sees: the image's ENV, then the file's.</summary>
    private static Dictionary<string, string> ContainerSettings(string service)
    {
        var settings = new Dictionary<string, string>(Dockerfile.Read().FinalEnvironment(), StringComparer.Ordinal);
        foreach (var (key, value) in Compose.Environment(service)) settings[key] = Interpolated().Replace(value, "from-the-environment");
        return settings;
    }

    /// <summary>The app's own start-up validation (every ValidateOnStart) on these settings, in Production; null when it passes.</summary>
    private static string? StartupProblems(IReadOnlyDictionary<string, string> settings)
    {
        var data = Directory.CreateTempSubdirectory("cmarenewal-compose-");
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, Args = [] });
            builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), (string?)s.Value)));
            // Container paths: validation creates the folders, so point them here; their values are not what is checked.
            builder.Configuration.AddInMemoryCollection([KeyValuePair.Create("Storage:DataDirectory", (string?)data.FullName),
                KeyValuePair.Create("Storage:CertificateDirectory", (string?)Path.Combine(data.FullName, "certificates"))]);
            builder.AddCmaModules([]);
            using var app = builder.Build();
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return string.Join(" ", e.Failures);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return string.Join(" ", e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Interpolated();

    [GeneratedRegex(@"reverse_proxy\s+(?<servers>[^{\n]+)\{")]
    private static partial Regex Upstream();

    [GeneratedRegex(@"(?i)(password|pwd|secret|apikey|api_key|token)\s*[=:]\s*[^\s""$]")]
    private static partial Regex Secret();
}
