using CmaRenewal.Application;
using CmaRenewal.Application.Requirements;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Requirements;

/// <summary>Who sees and who changes the requirements, how a change is checked against the catalog, and who ends up Missing.</summary>
public sealed class CredentialRequirementsTests
{
    private const string MedicalAssistant = "CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public enum Who { Ana, Mo, Ada, Oz }

    public enum Where { Organisation, Home, Unknown }

    [Theory]
    [InlineData(Who.Ada, 2, true, 2)]  // an admin: every clinic, the default and the override, and may edit
    [InlineData(Who.Mo, 1, false, 2)]  // a manager: the default and their clinic's override, read-only
    [InlineData(Who.Oz, 1, false, 1)]  // another clinic's manager: not the home clinic's override
    public async Task Show_ListsWhatTheActorMaySee(Who who, int clinics, bool canEdit, int settings)
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        var ada = await world.ActorAsync(world.Ada, Ct);
        await Handler(world).SetAsync(ada, new RequirementChange(null, PersonRole.Assistant, MedicalAssistant, null), Ct);
        await Handler(world).SetAsync(ada, new RequirementChange(await HomeAsync(world), PersonRole.Assistant, "BLS-AHA", null), Ct);

        var view = (await Handler(world).ShowAsync(await ActorAsync(world, who), Ct)).Value!;

        Assert.Equal((clinics, canEdit, settings), (view.Clinics.Count, view.CanEdit, view.Settings.Count));
        Assert.Equal(MedicalAssistant, view.GroupsOf(null, PersonRole.Assistant));
        Assert.Contains(view.Choices, c => c.Code == "BLS-AHA");
    }

    [Fact]
    public async Task Show_IsNotForAssistants()
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        Assert.Equal(UseCaseOutcome.Forbidden, (await Handler(world).ShowAsync(await ActorAsync(world, Who.Ana), Ct)).Outcome);
    }

    // scenario, who, where, groups typed, the text they replace, outcome, what is stored afterwards (null: no row)
    public static TheoryData<string, Who, Where, string?, string?, UseCaseOutcome, string?> Changes => new()
    {
        { "an admin sets the default", Who.Ada, Where.Organisation, MedicalAssistant + ";BLS-AHA", null, UseCaseOutcome.Done, MedicalAssistant + ";BLS-AHA" },
        { "codes are stored as the catalog spells them", Who.Ada, Where.Organisation, " bls-aha | cpt-nha ", null, UseCaseOutcome.Done, "BLS-AHA|CPT-NHA" },
        { "an admin sets a clinic's override", Who.Ada, Where.Home, "BLS-AHA", null, UseCaseOutcome.Done, "BLS-AHA" },
        { "an empty override: nothing required there", Who.Ada, Where.Home, "", null, UseCaseOutcome.Done, "" },
        { "a code the catalog lacks", Who.Ada, Where.Organisation, "CMA-AAMA|ACLS-AHA", null, UseCaseOutcome.Invalid, null },
        { "an empty group", Who.Ada, Where.Organisation, "CMA-AAMA;|", null, UseCaseOutcome.Invalid, null },
        { "a manager may only look", Who.Mo, Where.Home, "BLS-AHA", null, UseCaseOutcome.Forbidden, null },
        { "an assistant neither", Who.Ana, Where.Organisation, "BLS-AHA", null, UseCaseOutcome.Forbidden, null },
        { "a stale value is not overwritten", Who.Ada, Where.Organisation, "BLS-AHA", "CMA-AAMA", UseCaseOutcome.Conflict, null },
        { "an unknown clinic", Who.Ada, Where.Unknown, "BLS-AHA", null, UseCaseOutcome.NotFound, null },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Set_StoresACheckedRequirement_OnlyForAnAdmin(
        string scenario, Who who, Where where, string? groups, string? replacing, UseCaseOutcome outcome, string? stored)
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        var clinic = await ClinicAsync(world, where);

        var result = await Handler(world).SetAsync(await ActorAsync(world, who), new RequirementChange(clinic, PersonRole.Assistant, groups, replacing), Ct);

        Assert.True(outcome == result.Outcome, $"{scenario}: {result.Outcome} {result.Message}");
        if (outcome == UseCaseOutcome.Invalid) Assert.Equal(["Groups"], result.Errors.Keys);
        if (outcome == UseCaseOutcome.Done) Assert.Equal(stored, result.Value);
        Assert.Equal(stored, await StoredAsync(world, clinic));
    }

    [Fact]
    public async Task Set_WithNoGroups_RemovesTheRequirement_AndIsAudited()
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        var ada = await world.ActorAsync(world.Ada, Ct);
        await Handler(world).SetAsync(ada, new RequirementChange(null, PersonRole.Assistant, "BLS-AHA", null), Ct);

        var result = await Handler(world).SetAsync(ada, new RequirementChange(null, PersonRole.Assistant, null, "BLS-AHA"), Ct);

        Assert.Equal(UseCaseOutcome.Done, result.Outcome);
        Assert.Null(await StoredAsync(world, null));
        await using var db = world.Database.CreateContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == "CredentialRequirement", Ct));
    }

    // The default for assistants, then the home clinic's override: who is Missing what. Ana holds CMA-AAMA, Ben nothing;
    // Mo (manager), Ada (admin, with a CMA-AAMA) and Oz (manager elsewhere) are not assistants.
    [Theory]
    [InlineData(null, "ben@example.org " + MedicalAssistant)]
    [InlineData("BLS-AHA", "ana.lopez@example.org BLS-AHA,ben@example.org BLS-AHA")]
    [InlineData("", "")]
    public async Task Missing_ListsEachUnmetGroupOfActivePeople(string? homeOverride, string expected)
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        var ada = await world.ActorAsync(world.Ada, Ct);
        await Handler(world).SetAsync(ada, new RequirementChange(null, PersonRole.Assistant, MedicalAssistant, null), Ct);
        if (homeOverride is not null)
            await Handler(world).SetAsync(ada, new RequirementChange(await HomeAsync(world), PersonRole.Assistant, homeOverride, null), Ct);

        var missing = await Queries(world).MissingAsync(ComplianceScope.Organization, Ct);

        Assert.Equal(expected, string.Join(',', missing.OrderBy(m => m.Email, StringComparer.Ordinal).Select(m => $"{m.Email} {m.Group.Label}")));
    }

    [Fact]
    public async Task Missing_LeavesOutDeactivatedPeople_AndCountsACredentialOnFileWhateverItsStatus()
    {
        await using var world = await HandlerWorld.CreateAsync(Ct);
        var ada = await world.ActorAsync(world.Ada, Ct);
        await Handler(world).SetAsync(ada, new RequirementChange(null, PersonRole.Assistant, "CMA-AAMA", null), Ct);
        await using (var db = world.Database.CreateContext())
        {
            (await db.People.SingleAsync(p => p.Id == world.Ben, Ct)).Deactivate();
            await db.SaveChangesAsync(Ct);
        }

        Assert.Empty(await Queries(world).MissingAsync(ComplianceScope.Organization, Ct));
        Assert.Empty(await Queries(world).MissingAsync(ComplianceScope.Person(world.Ana), Ct));
    }

    private static CredentialRequirements Handler(HandlerWorld world) =>
        new(new OptionsDbContextFactory(world.Database.Options()), Packs.Shipped);

    private static ComplianceQueries Queries(HandlerWorld world) =>
        new(new OptionsDbContextFactory(world.Database.Options()), new ComplianceEngine(new RuleCatalogHolder(Packs.Shipped), world.Database.Clock));

    private static Task<Infrastructure.Access.AccessScope> ActorAsync(HandlerWorld world, Who who) => world.ActorAsync(who switch
    {
        Who.Ana => world.Ana,
        Who.Mo => world.Mo,
        Who.Ada => world.Ada,
        _ => world.Oz,
    }, Ct);

    private static async Task<long> HomeAsync(HandlerWorld world)
    {
        await using var db = world.Database.CreateContext();
        return await db.People.Where(p => p.Id == world.Ana).Select(p => p.ClinicId).SingleAsync(Ct);
    }

    private static async Task<long?> ClinicAsync(HandlerWorld world, Where where) => where switch
    {
        Where.Organisation => null,
        Where.Home => await HomeAsync(world),
        _ => 999_999,
    };

    private static async Task<string?> StoredAsync(HandlerWorld world, long? clinicId)
    {
        await using var db = world.Database.CreateContext();
        return await db.CredentialRequirements.Where(r => r.ClinicId == clinicId && r.Role == PersonRole.Assistant)
            .Select(r => r.Groups).SingleOrDefaultAsync(Ct);
    }
}
