using CmaRenewal.Application;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.People;

/// <summary>
/// Each typed result of the one person-detail query, for each of its parts (the person page, the audit pack's cycle,
/// the audit drill), for who asks. "Today" is the fake clock's 2 March 2026 in the clinic's Chicago.
/// </summary>
public sealed class PersonDetailQueryTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private HandlerWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await HandlerWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private PersonDetailQuery Query() => new(new OptionsDbContextFactory(world.Database.Options()),
        new ComplianceEngine(new RuleCatalogHolder(Packs.Shipped), world.Database.Clock), Packs.Shipped);

    private delegate Task<UseCaseOutcome> Call(HandlerWorld w, PersonDetailQuery query, CancellationToken ct);

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["anyone opens a person who does not exist"] = async (w, q, ct) => (await q.OpenAsync(await w.ActorAsync(w.Mo, ct), new(999_999), ct)).Outcome,
        ["Oz of another clinic opens Ana"] = async (w, q, ct) => (await q.OpenAsync(await w.ActorAsync(w.Oz, ct), new(w.Ana), ct)).Outcome,
        ["Ben opens Ana, another assistant"] = async (w, q, ct) => (await q.OpenAsync(await w.ActorAsync(w.Ben, ct), new(w.Ana), ct)).Outcome,
        ["Ana opens herself"] = async (w, q, ct) => (await q.OpenAsync(await w.ActorAsync(w.Ana, ct), new(w.Ana), ct)).Outcome,
        ["Oz asks for Ana's audit pack"] = async (w, q, ct) => (await q.CycleAsync(await w.ActorAsync(w.Oz, ct), w.AnaCredential, null, ct)).Outcome,
        ["Ben asks for Ana's audit pack"] = async (w, q, ct) => (await q.CycleAsync(await w.ActorAsync(w.Ben, ct), w.AnaCredential, null, ct)).Outcome,
        ["Mo asks for the audit pack of a credential that does not exist"] = async (w, q, ct) =>
            (await q.CycleAsync(await w.ActorAsync(w.Mo, ct), 999_999, null, ct)).Outcome,
        ["Mo asks for a cycle Ana's credential never had"] = async (w, q, ct) =>
            (await q.CycleAsync(await w.ActorAsync(w.Mo, ct), w.AnaCredential, new DateOnly(1999, 1, 1), ct)).Outcome,
        ["Mo asks for Ana's audit pack"] = async (w, q, ct) => (await q.CycleAsync(await w.ActorAsync(w.Mo, ct), w.AnaCredential, null, ct)).Outcome,
        ["Ben drills the staff"] = async (w, q, ct) => (await q.DrillAsync(await w.ActorAsync(w.Ben, ct), null, ct)).Outcome,
        ["Oz drills Ana's clinic"] = async (w, q, ct) => (await q.DrillAsync(await w.ActorAsync(w.Oz, ct), await ClinicOfAsync(w, w.Ana, ct), ct)).Outcome,
        ["Mo drills his clinic"] = async (w, q, ct) => (await q.DrillAsync(await w.ActorAsync(w.Mo, ct), null, ct)).Outcome,
        ["Ben drills himself"] = async (w, q, ct) => (await q.MyDrillAsync(await w.ActorAsync(w.Ben, ct), ct)).Outcome,
    };

    public static TheoryData<string, UseCaseOutcome> Cases => new()
    {
        { "anyone opens a person who does not exist", UseCaseOutcome.NotFound },
        { "Oz of another clinic opens Ana", UseCaseOutcome.Forbidden },
        { "Ben opens Ana, another assistant", UseCaseOutcome.Forbidden },
        { "Ana opens herself", UseCaseOutcome.Done },
        // An audit pack never says whether a credential it refuses exists.
        { "Oz asks for Ana's audit pack", UseCaseOutcome.NotFound },
        { "Ben asks for Ana's audit pack", UseCaseOutcome.NotFound },
        { "Mo asks for the audit pack of a credential that does not exist", UseCaseOutcome.NotFound },
        { "Mo asks for a cycle Ana's credential never had", UseCaseOutcome.NotFound },
        { "Mo asks for Ana's audit pack", UseCaseOutcome.Done },
        { "Ben drills the staff", UseCaseOutcome.Forbidden },
        { "Oz drills Ana's clinic", UseCaseOutcome.NotFound },
        { "Mo drills his clinic", UseCaseOutcome.Done },
        { "Ben drills himself", UseCaseOutcome.Done },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachPart_AnswersWhoMaySee(string call, UseCaseOutcome expected) =>
        Assert.Equal(expected, await Calls[call](world, Query(), Ct));

    [Theory]
    [InlineData("Ana", "Ana", PersonAccess.Change)]
    [InlineData("Mo", "Ana", PersonAccess.Change)]
    // Mo manages Ada's home clinic, so he sees the admin but changes nothing of hers.
    [InlineData("Mo", "Ada", PersonAccess.See)]
    public async Task Open_IsDone_WithTheirTodayAndHowFarTheActorMayGo(string actor, string person, PersonAccess access)
    {
        var (actorId, personId) = (IdOf(actor), IdOf(person));

        var result = await Query().OpenAsync(await world.ActorAsync(actorId, Ct), new(personId, new HistoryRequest()), Ct);

        var view = result.Value!;
        var credential = Assert.Single(view.Credentials);
        Assert.Equal((personId, "America/Chicago", Today, access), (view.PersonId, view.TimeZone, view.Today, view.Access));
        Assert.Equal((personId == world.Ana ? world.AnaCredential : world.AdaCredential, "CMA-AAMA", Today),
            (credential.Id, credential.PackCode, credential.Result.AsOf));
        Assert.Equal([personId == world.Ana ? world.AnaActivity : world.AdaActivity], view.History.Items.Select(a => a.Id));
        Assert.Equal(1, view.History.Total);
    }

    [Fact]
    public async Task Open_WithoutAHistoryRequest_ReadsTheCredentialsOnly()
    {
        var view = (await Query().OpenAsync(await world.ActorAsync(world.Ana, Ct), new(world.Ana), Ct)).Value!;

        Assert.Equal(("Ana Lopez", 1, 0), (view.FullName, view.Credentials.Count, view.History.Total));
    }

    [Fact]
    public async Task Drill_JudgesEachCredentialOnItsHoldersToday()
    {
        var rows = (await Query().DrillAsync(await world.ActorAsync(world.Mo, Ct), null, Ct)).Value!;

        Assert.Equal([(world.Ana, world.AnaCredential, Today), (world.Ada, world.AdaCredential, Today)],
            rows.Select(r => (r.PersonId, r.CredentialId, r.AsOf)));
        Assert.All(rows, r => Assert.Equal("Lakeside Family Clinic", r.ClinicName));
    }

    [Fact]
    public async Task Cycle_NamesTheHolderAndTheirClinic()
    {
        var evidence = (await Query().CycleAsync(await world.ActorAsync(world.Mo, Ct), world.AnaCredential, null, Ct)).Value!;

        Assert.Equal(("Ana Lopez", "ana.lopez@example.org", "Lakeside Family Clinic", world.AnaCredential),
            (evidence.Person.FullName, evidence.Person.Email, evidence.Person.ClinicName, evidence.Credential.Id));
    }

    private long IdOf(string name) => name switch
    {
        "Ana" => world.Ana,
        "Mo" => world.Mo,
        "Ada" => world.Ada,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static async Task<long> ClinicOfAsync(HandlerWorld w, long personId, CancellationToken ct)
    {
        await using var db = w.Database.CreateContext();
        return await db.People.Where(p => p.Id == personId).Select(p => p.ClinicId).SingleAsync(ct);
    }
}
