using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.UnitTests.Application.People;

/// <summary>A handler table test over <see cref="PeopleServices"/>: a fresh world, its services, and a data folder for their mail.</summary>
public abstract class PeopleServiceTests : WorldTableTests
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("cmarenewal-people-").FullName;

    protected ServiceProvider Services { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services = PeopleServices.Build(World, dataDirectory);
    }

    protected override async ValueTask DisposeMoreAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
