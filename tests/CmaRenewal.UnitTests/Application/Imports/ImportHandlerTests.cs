using CmaRenewal.Application;
using CmaRenewal.Application.Imports;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>The import as a use case: who may run it, and what each actor's run answers and leaves in the database.</summary>
public sealed class ImportHandlerTests : IAsyncLifetime
{
    private ImportWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await ImportWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private static readonly string BenCourse = ImportWorld.Csv(ImportWorld.ActivitiesHeader,
        "ben@example.org,2026-01-12,Phlebotomy,NHA,1.5,clock-hour,,yes,RMA-AMT");

    private AccessScope Actor(string who) => who switch
    {
        "Ben the assistant" => new AccessScope(world.Ben, PersonRole.Assistant, new HashSet<long>()),
        "Mo, Ben's manager" => world.Manager,
        "Oz's manager of Mesa only" => new AccessScope(world.Oz, PersonRole.Manager, new HashSet<long> { world.Mesa }),
        _ => ImportHandler.System,
    };

    // The refusal is read in the current language, so the rows are made when the theory runs.
    public static TheoryData<string, UseCaseOutcome, string?, int> Actors => new()
    {
        { "Ben the assistant", UseCaseOutcome.Forbidden, ImportHandler.ManagersOnly, 0 },
        { "Mo, Ben's manager", UseCaseOutcome.Done, null, 1 },
        { "Oz's manager of Mesa only", UseCaseOutcome.Done, null, 0 },
        { "the system (the verb)", UseCaseOutcome.Done, null, 1 },
    };

    [Theory]
    [MemberData(nameof(Actors))]
    public async Task Run_AnswersByActor_AndWritesOnlyWhatTheActorMayChange(string who, UseCaseOutcome outcome, string? message, int written)
    {
        var file = System.Text.Encoding.UTF8.GetBytes(BenCourse);

        var result = await world.Service().RunAsync(Actor(who),
            new ImportRequest(ImportKind.Activities, () => new MemoryStream(file, writable: false), "ben.csv", DryRun: false, SkipInvalid: false), Ct);

        Assert.Equal((outcome, message), (result.Outcome, result.Message));
        Assert.Equal(written == 1, result.Value?.Written == true);
        await using var db = world.Database.CreateContext();
        Assert.Equal(written, await db.CeActivities.CountAsync(a => a.PersonId == world.Ben, Ct));
        Assert.Equal(written, await db.AuditEntries.CountAsync(e => e.EntityType == "CsvImport", Ct));
    }

    [Fact]
    public async Task Run_ForAManagerOfAnotherClinic_ReportsTheRowAsNotFound()
    {
        var report = await world.RunAsync(ImportKind.Activities, BenCourse, scope: Actor("Oz's manager of Mesa only"));

        Assert.Equal(new ImportProblem(2, "email", "ben@example.org", "no person in your clinics has this email"), Assert.Single(report.Problems));
    }
}
