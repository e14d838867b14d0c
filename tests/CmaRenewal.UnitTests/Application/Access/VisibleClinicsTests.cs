using CmaRenewal.Application.Access;
using CmaRenewal.TestKit.Persistence;

namespace CmaRenewal.UnitTests.Application.Access;

/// <summary>The clinics each actor may pick: an admin every clinic by name, a manager theirs, an assistant none.</summary>
public sealed class VisibleClinicsTests : IAsyncLifetime
{
    private HandlerWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await HandlerWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Theory]
    [InlineData("Ada", new[] { "Lakeside Family Clinic", "Mesa Urgent Care" })]
    [InlineData("Mo", new[] { "Lakeside Family Clinic" })]
    [InlineData("Oz", new[] { "Mesa Urgent Care" })]
    [InlineData("Ana", new string[0])]
    public async Task For_ListsOnlyTheClinicsTheActorMaySee(string who, string[] names)
    {
        var id = who switch { "Ada" => world.Ada, "Mo" => world.Mo, "Oz" => world.Oz, _ => world.Ana };

        var clinics = await new VisibleClinics(new OptionsDbContextFactory(world.Database.Options())).ForAsync(await world.ActorAsync(id, Ct), Ct);

        Assert.Equal(names, clinics.Select(c => c.Name));
    }
}
