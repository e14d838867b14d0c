using CmaRenewal.Application;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Credentials;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Compliance;

/// <summary>
/// Every kind of write a person makes through the handlers leaves the credential's kept CE totals (issue 15) stamped
/// with today's window and equal to its activities summed one by one (a split's first share carries the count).
/// </summary>
public sealed class KeptTotalsHandlerTests : IAsyncLifetime
{
    private HandlerWorld world = null!;
    private long logged;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        world = await HandlerWorld.CreateAsync(Ct);
        // Ana logs an entry toward her credential; each row then writes something else.
        var input = world.NewActivity();
        input.CredentialIds.Add(world.AnaCredential);
        logged = Done(await world.Activities().SaveAsync(await world.ActorAsync(world.Ana, Ct), world.Ana, input, Ct));
    }

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private delegate Task<UseCaseResult<long>> Write(KeptTotalsHandlerTests t, CancellationToken ct);

    private static readonly Dictionary<string, Write> Writes = new()
    {
        ["Ana logs a second entry"] = async (t, ct) =>
        {
            var input = t.world.NewActivity();
            input.Amount = 4m;
            input.CredentialIds.Add(t.world.AnaCredential);
            return await t.Activities.SaveAsync(await t.Actor(t.world.Ana, ct), t.world.Ana, input, ct);
        },
        ["Ana corrects the amount and date"] = async (t, ct) =>
        {
            var input = await t.EditAsync(ct);
            input.Amount = 7.25m;
            input.CompletedOn = HandlerWorld.Iso(t.world.Today.AddDays(-30));
            return await t.Activities.SaveAsync(await t.Actor(t.world.Ana, ct), t.world.Ana, input, ct);
        },
        ["Ana splits her entry across two categories"] = async (t, ct) =>
        {
            var input = await t.EditAsync(ct);
            input.IsSplit = true;
            input.Category = null;
            input.SplitAmounts["general"] = 0.5m;
            input.SplitAmounts["clinical"] = 1m;
            return await t.Activities.SaveAsync(await t.Actor(t.world.Ana, ct), t.world.Ana, input, ct);
        },
        ["Ana stops counting it toward her credential"] = async (t, ct) =>
            await t.Activities.SaveAsync(await t.Actor(t.world.Ana, ct), t.world.Ana, await t.EditAsync(ct), ct),
        ["Mo verifies it"] = async (t, ct) =>
            await t.Activities.VerifyAsync(await t.Actor(t.world.Mo, ct), t.logged, await t.VersionAsync(ct), ct),
        ["Mo rejects it"] = async (t, ct) =>
            await t.Activities.RejectAsync(await t.Actor(t.world.Mo, ct), t.logged, await t.VersionAsync(ct), "No certificate.", ct),
        ["Ana deletes it"] = async (t, ct) =>
            await t.Activities.DeleteAsync(await t.Actor(t.world.Ana, ct), t.logged, await t.VersionAsync(ct), ct),
        ["Ana deletes it, then restores it"] = async (t, ct) =>
        {
            Done(await t.Activities.DeleteAsync(await t.Actor(t.world.Ana, ct), t.logged, await t.VersionAsync(ct), ct));
            return await t.Activities.RestoreAsync(await t.Actor(t.world.Ana, ct), t.logged, ct);
        },
        ["Ana records a renewal, which starts a new window"] = async (t, ct) =>
            await t.world.Credentials().SaveAsync(await t.Actor(t.world.Ana, ct), t.world.Ana, await t.CredentialEditAsync(lastRenewedOn: "2026-02-01", ct: ct), ct),
        ["Ana corrects her certification date"] = async (t, ct) =>
            await t.world.Credentials().SaveAsync(await t.Actor(t.world.Ana, ct), t.world.Ana, await t.CredentialEditAsync(certifiedOn: "2023-01-15", ct: ct), ct),
    };

    public static TheoryData<string> Names => [.. Writes.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Kept_totals_equal_the_activities_after(string write)
    {
        Done(await Writes[write](this, Ct));

        await using var db = world.Database.CreateContext();
        var credential = await db.Credentials.AsNoTracking().Include(c => c.Renewals).SingleAsync(c => c.Id == world.AnaCredential, Ct);
        var window = new ComplianceEngine(Packs.Shipped, world.Database.Clock).CycleOf(credential.ToFacts(clinicLeadTimeDays: null), world.Today);
        var stamp = await db.CeTotalsStamps.AsNoTracking().SingleAsync(s => s.CredentialId == credential.Id, Ct);
        var kept = await db.CeCredentialTotals.AsNoTracking().Where(t => t.CredentialId == credential.Id)
            .Select(t => PerActivityTotals.Line(t.Unit, t.Category, t.ApprovedProvider, t.Kind, t.AmountHundredths, t.Count)).ToListAsync(Ct);
        var activities = await db.CeActivities.AsNoTracking().Include(a => a.Splits).Include(a => a.CountsToward)
            .Where(a => a.Verification != VerificationStatus.Rejected && window.EarnFrom <= a.CompletedOn && a.CompletedOn <= window.EarnThrough)
            .ToListAsync(Ct);

        Assert.Equal((window.EarnFrom, window.EarnThrough), (stamp.EarnFrom, stamp.EarnThrough));
        Assert.Equal(PerActivityTotals.Of(activities.Where(a => a.CountsToward.Any(l => l.CredentialId == credential.Id && !l.IsClaimed))), kept.Order(StringComparer.Ordinal));
    }

    private ActivityHandler Activities => world.Activities();

    private Task<Infrastructure.Access.AccessScope> Actor(long personId, CancellationToken ct) => world.ActorAsync(personId, ct);

    private async Task<Guid> VersionAsync(CancellationToken ct) => (await world.ActivityAsync(logged, ct)).Version;

    // The edit form's copy, as saved it counts toward nothing unless the row adds the credential back.
    private async Task<CeActivityInput> EditAsync(CancellationToken ct)
    {
        var input = await world.EditOfAsync(logged, ct);
        input.ApprovedProvider = true;
        return input;
    }

    private async Task<CredentialInput> CredentialEditAsync(string? lastRenewedOn = null, string certifiedOn = "2024-05-10", CancellationToken ct = default) => new()
    {
        CredentialId = world.AnaCredential, Version = await world.CredentialVersionAsync(world.AnaCredential, ct), PackCode = "CMA-AAMA",
        Number = "CMA-100200", CertifiedOn = certifiedOn, LastRenewedOn = lastRenewedOn,
    };

    private static long Done(UseCaseResult<long> result) =>
        result.IsDone ? result.Value : throw new InvalidOperationException($"The write was refused: {result.Outcome} {result.Message}");
}
