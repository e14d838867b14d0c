using System.Text.RegularExpressions;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.EntityFrameworkCore.SqlServer.Design.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Persistence;

/// <summary>
/// The compiled EF models the app starts from (one per provider) are what EF generates from the configurations today,
/// and still carry the soft-delete filter that generation has to leave out.
/// </summary>
[Collection(nameof(CompiledModelsAlone))]
public sealed partial class CompiledModelTests
{
    [Theory]
    [MemberData(nameof(ProviderModelTests.Providers), MemberType = typeof(ProviderModelTests))]
    public void CommittedCompiledModel_IsWhatEfGeneratesFromTheConfigurations(DatabaseProvider provider, string connectionString)
    {
        var committed = Path.Combine(RepositoryRoot.Path, "src", "CmaRenewal.Infrastructure", "Persistence", "CompiledModels", provider.ToString());
        var generated = Directory.CreateTempSubdirectory("cma-compiled-model-").FullName;
        try
        {
            Scaffold(provider, connectionString, generated);

            var expected = Files(generated);
            Assert.True(expected.Count > 20, $"EF generated only {expected.Count} files.");
            var stale = $"The {provider} compiled model is stale: run infra/scripts/optimize-model.sh.";
            var actual = Files(committed);
            Assert.True(expected.Keys.Order().SequenceEqual(actual.Keys.Order()), stale);
            foreach (var (name, text) in expected)
                Assert.True(text == actual[name], $"{stale} ({name} differs)");
        }
        finally
        {
            Directory.Delete(generated, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(ProviderModelTests.Providers), MemberType = typeof(ProviderModelTests))]
    public void CompiledModel_KeepsTheSoftDeleteFilter(DatabaseProvider provider, string connectionString)
    {
        using var db = new CmaRenewalDbContext(CmaRenewalDbOptions.Create(provider, connectionString));

        Assert.IsAssignableFrom<RuntimeModel>(db.Model);
        var filter = Assert.Single(db.Model.FindEntityType(typeof(CeActivity))!.GetDeclaredQueryFilters());
        Assert.Equal("a => (a.DeletedAtUtc == null)", filter.Expression!.ToString());
        var sql = db.CeActivities.ToQueryString();
        Assert.Matches(@"WHERE [\[""]c[\]""]\.[\[""]DeletedAtUtc[\]""] IS NULL", sql);
    }

    // What `dotnet ef dbcontext optimize` does, in process: the model as it is built at design time, without the
    // filter (EF.IsDesignTime), on a private EF service provider so no model cached by another test is reused.
    private static void Scaffold(DatabaseProvider provider, string connectionString, string outputDir)
    {
        var options = new DbContextOptionsBuilder<CmaRenewalDbContext>(CmaRenewalDbOptions.Create(provider, connectionString))
            .EnableServiceProviderCaching(false).Options;
        EF.IsDesignTime = true;
        try
        {
            using var db = new CmaRenewalDbContext(options);
            var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
            // The providers' design-time services are what dotnet-ef itself loads; EF marks them internal (EF1001).
#pragma warning disable EF1001
            IDesignTimeServices providerServices = provider == DatabaseProvider.Sqlite ? new SqliteDesignTimeServices() : new SqlServerDesignTimeServices();
#pragma warning restore EF1001
            providerServices.ConfigureDesignTimeServices(services);
            using var design = services.BuildServiceProvider();
            var modelNamespace = $"CmaRenewal.Infrastructure.Persistence.CompiledModels.{provider}";
            design.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
                db.GetService<IDesignTimeModel>().Model, outputDir,
                new CompiledModelCodeGenerationOptions
                {
                    ContextType = typeof(CmaRenewalDbContext),
                    ModelNamespace = modelNamespace,
                    Language = "C#",
                    UseNullableReferenceTypes = true,
                });
        }
        finally
        {
            EF.IsDesignTime = false;
        }
        // The script deletes it too: both models live in one assembly, and CmaRenewalDbOptions picks one.
        File.Delete(Path.Combine(outputDir, "CmaRenewalDbContextAssemblyAttributes.cs"));
    }

    // Each generation draws a new model id, so that one value is left out of the comparison.
    private static Dictionary<string, string> Files(string dir) =>
        Directory.GetFiles(dir, "*.cs").ToDictionary(f => new FileInfo(f).Name, f => ModelId().Replace(File.ReadAllText(f), "modelId: ?"));

    [GeneratedRegex("modelId: new Guid\\(\"[0-9a-f-]+\"\\)")]
    private static partial Regex ModelId();
}

/// <summary>Generation flips EF.IsDesignTime for the whole process: no other test builds a model meanwhile.</summary>
[CollectionDefinition(nameof(CompiledModelsAlone), DisableParallelization = true)]
public sealed class CompiledModelsAlone;
