using CmaRenewal.Application;
using CmaRenewal.Application.Administration;
using CmaRenewal.Application.CredentialTypes;
using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.CredentialTypes;

/// <summary>
/// Defining, editing and deleting the organisation's own credential types: admins only; every bad value is refused on
/// its field (the pack reader's judgement); a shipped or taken code is refused; an edit is a new version; a type in use
/// is never deleted.
/// </summary>
public sealed class CustomTypeServiceTests : WorldTableTests
{
    private const string Used = "TB-CLINIC";
    private const string Unused = "PHLEB-CDPH";

    private RuleCatalogHolder catalogs = null!;

    private OptionsDbContextFactory Factory => new(World.Database.Options());

    private CustomTypeService Service() => new(Factory, catalogs, new RuleOverrides(Factory, catalogs), new TestActor("ada"), World.Database.Clock);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        catalogs = new RuleCatalogHolder(Packs.Shipped);
        var ada = await World.ActorAsync(World.Ada, Ct);
        Assert.True((await Service().DefineAsync(ada, Draft("tb", "clinic", months: 12), Ct)).IsDone);
        Assert.True((await Service().DefineAsync(ada, Draft("phleb", "cdph"), Ct)).IsDone);
        await World.Database.SaveAsync(A.Credential(World.Ana, Used, number: "TB-1"), Ct);
    }

    protected override ValueTask DisposeMoreAsync()
    {
        catalogs.Dispose();
        return ValueTask.CompletedTask;
    }

    private static CustomTypeDraft Draft(string credential = "ACLS", string body = "AHA", int? months = 24, Action<CustomTypeDraft>? with = null)
    {
        var draft = new CustomTypeDraft { Credential = credential, Body = body, Name = $"{credential} by {body}", CycleMonths = months };
        with?.Invoke(draft);
        return draft;
    }

    private CustomTypeDraft Edit(Action<CustomTypeDraft> with)
    {
        var draft = CustomTypeDraft.From(catalogs.Current[Unused]);
        draft.Reason = "The county asks for yearly renewal now";
        draft.EffectiveFrom = World.Today.AddDays(1).ToDateTime(TimeOnly.MinValue);
        with(draft);
        return draft;
    }

    private delegate Task<UseCaseResult<long>> Call(CustomTypeServiceTests t, CancellationToken ct);

    private static Call Define(CustomTypeDraft draft, bool byManager = false) => async (t, ct) =>
        await t.Service().DefineAsync(await t.World.ActorAsync(byManager ? t.World.Mo : t.World.Ada, ct), draft, ct);

    private static Call Revise(string code, Action<CustomTypeDraft> with) => async (t, ct) =>
        await t.Service().ReviseAsync(await t.World.ActorAsync(t.World.Ada, ct), code, t.Edit(with), ct);

    private static Call Delete(string code, bool byManager = false) => async (t, ct) =>
        await t.Service().DeleteAsync(await t.World.ActorAsync(byManager ? t.World.Mo : t.World.Ada, ct), code, ct);

    private static readonly Dictionary<string, (Call Call, UseCaseOutcome Outcome, string? MessageOrField)> Table = new()
    {
        ["Ada defines ACLS-AHA"] = (Define(Draft()), UseCaseOutcome.Done, null),
        ["Ada defines a card whose expiry the holder types, with no cycle length"] =
            (Define(Draft(months: null, with: d => d.Anchor = ExpiryAnchor.ExactDate)), UseCaseOutcome.Done, null),
        ["Ada defines a type with CE and a yearly fee"] =
            (Define(Draft(with: d => (d.CeTotal, d.CeUnit, d.FeeAmount, d.FeeSchedule) = (12, Units.ClockHour, 40, FeeSchedule.AnniversaryMonth))),
                UseCaseOutcome.Done, null),
        ["Mo the manager defines ACLS-AHA"] = (Define(Draft(), byManager: true), UseCaseOutcome.Forbidden, AdminOnly.Refused),
        ["Ada defines BLS-AHA, a shipped pack's code"] = (Define(Draft("bls", "aha")), UseCaseOutcome.Invalid, "Credential"),
        ["Ada defines PHLEB-CDPH again"] = (Define(Draft("phleb", "cdph")), UseCaseOutcome.Invalid, "Credential"),
        ["Ada defines a code with a space"] = (Define(Draft("AC LS")), UseCaseOutcome.Invalid, "Credential"),
        ["Ada defines a type with no issuing body"] = (Define(Draft(body: " ")), UseCaseOutcome.Invalid, "Body"),
        ["Ada defines a type with no name"] = (Define(Draft(with: d => d.Name = " ")), UseCaseOutcome.Invalid, "Name"),
        ["Ada defines a cycle of 0 months"] = (Define(Draft(months: 0)), UseCaseOutcome.Invalid, "CycleMonths"),
        ["Ada defines an end-of-month cycle with no length"] = (Define(Draft(months: null)), UseCaseOutcome.Invalid, "CycleMonths"),
        ["Ada defines a CE total without its unit"] = (Define(Draft(with: d => d.CeTotal = 10)), UseCaseOutcome.Invalid, "CeUnit"),
        ["Ada defines a CE unit without a total"] = (Define(Draft(with: d => d.CeUnit = Units.ClockHour)), UseCaseOutcome.Invalid, "CeTotal"),
        ["Ada defines a negative CE total"] =
            (Define(Draft(with: d => (d.CeTotal, d.CeUnit) = (-2, Units.ClockHour))), UseCaseOutcome.Invalid, "CeTotal"),
        ["Ada defines an unknown CE unit"] = (Define(Draft(with: d => (d.CeTotal, d.CeUnit) = (2, "furlong"))), UseCaseOutcome.Invalid, "CeUnit"),
        ["Ada defines a negative fee"] = (Define(Draft(with: d => d.FeeAmount = -1)), UseCaseOutcome.Invalid, "FeeAmount"),
        ["Ada edits PHLEB-CDPH from tomorrow"] = (Revise(Unused, d => d.CycleMonths = 12), UseCaseOutcome.Done, null),
        ["Ada edits PHLEB-CDPH without a reason"] = (Revise(Unused, d => d.Reason = " "), UseCaseOutcome.Invalid, "Reason"),
        ["Ada edits PHLEB-CDPH from the day version 1 took effect"] =
            (Revise(Unused, d => d.EffectiveFrom = d.EffectiveFrom!.Value.AddDays(-1)), UseCaseOutcome.Invalid, "EffectiveFrom"),
        ["Ada edits PHLEB-CDPH into another code"] = (Revise(Unused, d => d.Body = "CA"), UseCaseOutcome.Invalid, "Credential"),
        ["Ada edits a type nobody defined"] = (Revise("NOPE-NONE", _ => { }), UseCaseOutcome.NotFound, CustomTypeService.Gone("NOPE-NONE")),
        ["Ada deletes PHLEB-CDPH, which no credential uses"] = (Delete(Unused), UseCaseOutcome.Done, null),
        ["Ada deletes TB-CLINIC, which Ana holds"] =
            (Delete(Used), UseCaseOutcome.Conflict, "1 credential is of type TB-CLINIC, so it cannot be deleted. Edit it instead."),
        ["Mo the manager deletes PHLEB-CDPH"] = (Delete(Unused, byManager: true), UseCaseOutcome.Forbidden, AdminOnly.Refused),
        ["Ada deletes a type nobody defined"] = (Delete("NOPE-NONE"), UseCaseOutcome.NotFound, CustomTypeService.Gone("NOPE-NONE")),
    };

    public static TheoryData<string> Cases => [.. Table.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public Task EachCall_EndsWithItsTypedResult(string call)
    {
        var (run, outcome, messageOrField) = Table[call];
        return ExpectAsync(() => run(this, Ct), outcome, messageOrField);
    }

    [Theory]
    [InlineData(0, null, null, null, "Cycle length: 1 to 600 months.")]
    [InlineData(24, 10, null, null, "CE unit is required.")]
    [InlineData(24, -2, Units.ClockHour, null, "CE total must be positive.")]
    [InlineData(24, null, null, -5, "Fee must not be negative.")]
    public async Task ABadValue_IsNamedInWords(int months, int? ceTotal, string? unit, int? fee, string message)
    {
        var draft = Draft(months: months, with: d => (d.CeTotal, d.CeUnit, d.FeeAmount) = (ceTotal, unit, fee));

        var result = await Service().DefineAsync(await World.ActorAsync(World.Ada, Ct), draft, Ct);

        Assert.Equal(message, result.Message);
    }

    [Fact]
    public async Task ADefinedType_IsAPackInTheCatalog_CitingTheOrganisation()
    {
        await Service().DefineAsync(await World.ActorAsync(World.Ada, Ct), Draft(with: d => (d.CeTotal, d.CeUnit) = (4, Units.ContactHour)), Ct);

        var pack = catalogs.Current["acls-aha"];
        Assert.True(pack.DefinedByOrganisation);
        Assert.Equal(("ACLS-AHA", "ACLS by AHA", 24, 4m), (pack.Code, pack.Title, pack.Latest.Cycle.Length.TotalMonths, pack.Latest.Ce!.Total));
        Assert.All(pack.Latest.Provenances(), p => Assert.True(p.Provenance.IsDefinedByOrganisation && p.Provenance.IsVerified));
        Assert.Equal("Renews every 24 months, to the end of the month; 4 contact hours of CE per cycle. Defined by your organisation.",
            pack.Latest.Summary);
        Assert.False(catalogs.Shipped.TryGet("ACLS-AHA", out _));
    }

    [Fact]
    public async Task AnEdit_IsANewVersion_AndTheFirstIsKept()
    {
        var revised = await Service().ReviseAsync(await World.ActorAsync(World.Ada, Ct), Unused, Edit(d => (d.CycleMonths, d.Name) = (12, "Phlebotomy")), Ct);

        Assert.True(revised.IsDone, revised.Message);
        var pack = catalogs.Current[Unused];
        Assert.Equal([(1, World.Today, 24), (2, World.Today.AddDays(1), 12)],
            pack.Versions.Select(v => (v.Version, v.EffectiveFrom, v.Cycle.Length.TotalMonths)));
        Assert.Equal("Phlebotomy", pack.Title);
        var history = (await Service().VersionsAsync(await World.ActorAsync(World.Ada, Ct), Ct)).Value!.Where(v => v.Code == Unused).ToList();
        Assert.Equal([("New credential type.", "ada"), ("The county asks for yearly renewal now", "ada")], history.Select(v => (v.Reason, v.CreatedBy)));
    }

    [Fact]
    public async Task ADeletedType_LeavesTheCatalog_AndEveryChangeIsAudited()
    {
        await Service().DeleteAsync(await World.ActorAsync(World.Ada, Ct), Unused, Ct);

        Assert.False(catalogs.Current.TryGet(Unused, out _));
        Assert.True(catalogs.Current.TryGet(Used, out _));
        await using var db = World.Database.CreateContext();
        Assert.Equal(["Added", "Added", "Deleted"],
            (await db.AuditEntries.Where(e => e.EntityType == nameof(CustomCredentialType)).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct))
            .Select(a => a.ToString()));
    }

    [Fact]
    public async Task TheListOfVersions_IsForAdminsOnly()
    {
        var byManager = await Service().VersionsAsync(await World.ActorAsync(World.Mo, Ct), Ct);

        Assert.Equal((UseCaseOutcome.Forbidden, AdminOnly.Refused), (byManager.Outcome, byManager.Message));
    }

    // Every stored version of every type, and the catalog's codes.
    protected override async Task<string> FingerprintAsync()
    {
        await using var db = World.Database.CreateContext();
        var rows = await db.CustomCredentialTypes.AsNoTracking().OrderBy(t => t.Id).Select(t => t.Code + ":" + t.Version).ToListAsync(Ct);
        return string.Join("|", rows) + "#" + string.Join(",", catalogs.Current.All.Select(p => p.Code).Order(StringComparer.Ordinal));
    }
}
