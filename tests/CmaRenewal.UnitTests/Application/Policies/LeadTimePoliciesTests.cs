using CmaRenewal.Application;
using CmaRenewal.Application.Policies;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CmaRenewal.UnitTests.Application.Policies;

/// <summary>The lead-time policy's use cases: who sees which clinics' values, who may change them, and that the change reaches the engine.</summary>
public sealed class LeadTimePoliciesTests
{
    private const int OrganisationDays = 45;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public enum Who { Ana, Mo, Ada }

    [Theory]
    [InlineData(Who.Ada, 2, true)]  // an admin: every clinic, and may edit
    [InlineData(Who.Mo, 1, false)]  // a manager: their own clinic, read-only
    [InlineData(Who.Ana, 0, false)] // an assistant: the organisation's default only
    public async Task Show_ListsTheClinicsTheActorMaySee(Who who, int clinics, bool canEdit)
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);

        var view = (await Policies(world).ShowAsync(await ActorAsync(world, who), Ct)).Value!;

        Assert.Equal((OrganisationDays, clinics, canEdit), (view.OrganisationDays, view.Clinics.Count, view.CanEdit));
    }

    public static TheoryData<string, Who, int?, int?, bool, UseCaseOutcome, int?> Changes => new()
    {
        { "an admin sets a value", Who.Ada, 60, null, true, UseCaseOutcome.Done, 60 },
        { "zero days", Who.Ada, 0, null, true, UseCaseOutcome.Done, 0 },
        { "a year at most", Who.Ada, LeadTime.MaxDays + 1, null, true, UseCaseOutcome.Invalid, null },
        { "never negative", Who.Ada, -1, null, true, UseCaseOutcome.Invalid, null },
        { "a manager may only look", Who.Mo, 60, null, true, UseCaseOutcome.Forbidden, null },
        { "a stale value is not overwritten", Who.Ada, 60, 20, true, UseCaseOutcome.Conflict, null },
        { "an unknown clinic", Who.Ada, 60, null, false, UseCaseOutcome.NotFound, null },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Set_ChangesAClinicsLeadTime_OnlyForAnAdmin(
        string scenario, Who who, int? days, int? replacing, bool knownClinic, UseCaseOutcome outcome, int? stored)
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        var clinic = knownClinic ? await HomeClinicAsync(world) : 999_999;

        var result = await Policies(world).SetAsync(await ActorAsync(world, who), new LeadTimeChange(clinic, days, replacing), Ct);

        Assert.True(outcome == result.Outcome, $"{scenario}: {result.Outcome} {result.Message}");
        if (outcome == UseCaseOutcome.Invalid) Assert.Equal(["Days"], result.Errors.Keys);
        if (knownClinic) Assert.Equal(stored, await StoredAsync(world, clinic));
    }

    [Fact]
    public async Task BackToTheDefault_ClearsTheClinicsValue()
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        var clinic = await HomeClinicAsync(world);
        var ada = await ActorAsync(world, Who.Ada);
        await Policies(world).SetAsync(ada, new LeadTimeChange(clinic, 60, null), Ct);

        var result = await Policies(world).SetAsync(ada, new LeadTimeChange(clinic, null, 60), Ct);

        Assert.Equal(UseCaseOutcome.Done, result.Outcome);
        Assert.Null(await StoredAsync(world, clinic));
    }

    [Theory]
    [InlineData(null, "2029-04-16")] // the organisation's 45 days before the expiry on 2029-05-31
    [InlineData(60, "2029-04-01")]
    [InlineData(0, "2029-05-31")]
    public async Task AClinicsLeadTime_SetsCeDueForItsPeople_InTheSqlTotalsPath(int? clinicDays, string due)
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        var clinic = await HomeClinicAsync(world);
        if (clinicDays is not null)
            await Policies(world).SetAsync(await ActorAsync(world, Who.Ada), new LeadTimeChange(clinic, clinicDays, null), Ct);
        var engine = new ComplianceEngine(new RuleCatalogHolder(Packs.Shipped), world.Database.Clock, new StatusPolicy(CeLeadTimeDays: OrganisationDays));

        var rows = await new ComplianceQueries(new OptionsDbContextFactory(world.Database.Options()), engine)
            .EvaluateAsync(ComplianceScope.Clinics([clinic]), D("2026-01-01"), Ct);

        var ana = rows.Single(r => r.CredentialId == world.AnaCredential).Result;
        Assert.Equal(D("2029-05-31"), ana.Cycle.Expires);
        Assert.Equal(D(due), ana.DateOf(MilestoneKind.CeCompleteBy));
        Assert.Equal(D(due), ana.DateOf(MilestoneKind.SubmitBy));
    }

    private static LeadTimePolicies Policies(HandlerWorld world) =>
        new(new OptionsDbContextFactory(world.Database.Options()), Options.Create(new PolicyOptions { CeLeadTimeDays = OrganisationDays }));

    private static Task<Infrastructure.Access.AccessScope> ActorAsync(HandlerWorld world, Who who) =>
        world.ActorAsync(who switch { Who.Ana => world.Ana, Who.Mo => world.Mo, _ => world.Ada }, Ct);

    private static async Task<long> HomeClinicAsync(HandlerWorld world)
    {
        await using var db = world.Database.CreateContext();
        return await db.People.Where(p => p.Id == world.Ana).Select(p => p.ClinicId).SingleAsync(Ct);
    }

    private static async Task<int?> StoredAsync(HandlerWorld world, long clinic)
    {
        await using var db = world.Database.CreateContext();
        return await db.Clinics.Where(c => c.Id == clinic).Select(c => c.CeLeadTimeDays).SingleAsync(Ct);
    }
}
