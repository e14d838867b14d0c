using CmaRenewal.Application;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Compliance;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.ContinuingEducation;

/// <summary>A deleted CE entry is gone for every reader, and for 15 minutes its owner (and only they) can bring it back as it was.</summary>
public sealed class UndoDeleteTests : IAsyncLifetime
{
    private HandlerWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await HandlerWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task Restore_WithinTheWindow_BringsBackTheSameEntry_WithItsSplitLinksAndCertificate()
    {
        var handler = world.Activities();
        var ana = await world.ActorAsync(world.Ana, Ct);
        var input = world.NewActivity();
        input.IsSplit = true;
        input.SplitAmounts["clinical"] = 1m;
        input.SplitAmounts["general"] = 0.5m;
        input.CredentialIds.Add(world.AnaCredential);
        input.Certificate = new PendingCertificate("card.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var id = (await handler.SaveAsync(ana, world.Ana, input, Ct)).Value;
        var before = await SnapshotAsync(id);

        Assert.True((await handler.DeleteAsync(ana, id, (await world.ActivityAsync(id, Ct)).Version, Ct)).IsDone);
        Assert.Null(await SnapshotAsync(id));
        world.Database.Clock.Advance(CeActivity.UndoWindow);
        var restored = await handler.RestoreAsync(ana, id, Ct);

        Assert.Equal((UseCaseOutcome.Done, id), (restored.Outcome, restored.Value));
        Assert.Equal(before, await SnapshotAsync(id));
        Assert.Single(world.CertificateFiles());
        await using var db = world.Database.CreateContext();
        var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(CeActivity) && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct);
        Assert.Equal([AuditAction.Added, AuditAction.Modified, AuditAction.Modified], audit);
    }

    [Fact]
    public async Task ADeletedEntry_NoLongerCountsInTheSqlTotals_UntilRestored()
    {
        var handler = world.Activities();
        var ana = await world.ActorAsync(world.Ana, Ct);
        var input = world.NewActivity();
        input.CredentialIds.Add(world.AnaCredential);
        var id = (await handler.SaveAsync(ana, world.Ana, input, Ct)).Value;
        var counted = await CountedLinksAsync();

        await handler.DeleteAsync(ana, id, (await world.ActivityAsync(id, Ct)).Version, Ct);

        Assert.Equal(counted - 1.5m, await CountedLinksAsync());
        await handler.RestoreAsync(ana, id, Ct);
        Assert.Equal(counted, await CountedLinksAsync());
    }

    [Fact]
    public async Task Restore_AfterTheWindow_IsAConflict_AndTheEntryStaysGone()
    {
        var handler = world.Activities();
        var ana = await world.ActorAsync(world.Ana, Ct);
        await handler.DeleteAsync(ana, world.AnaActivity, (await world.ActivityAsync(world.AnaActivity, Ct)).Version, Ct);
        world.Database.Clock.Advance(CeActivity.UndoWindow + TimeSpan.FromSeconds(1));

        var late = await handler.RestoreAsync(ana, world.AnaActivity, Ct);

        Assert.Equal((UseCaseOutcome.Conflict, ActivityHandler.TooLateToUndo), (late.Outcome, late.Message));
        Assert.Null(await SnapshotAsync(world.AnaActivity));
    }

    // The messages are read in the current language, so the rows are made when the theory runs.
    public static TheoryData<string, UseCaseOutcome, string> NotOwners => new()
    {
        { "Ben", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Mo", UseCaseOutcome.Forbidden, ActivityHandler.OwnerOnly },
    };

    [Theory]
    [MemberData(nameof(NotOwners))]
    public async Task OnlyTheOwner_Restores(string who, UseCaseOutcome outcome, string message)
    {
        var handler = world.Activities();
        await handler.DeleteAsync(await world.ActorAsync(world.Ana, Ct), world.AnaActivity, (await world.ActivityAsync(world.AnaActivity, Ct)).Version, Ct);

        var result = await handler.RestoreAsync(await world.ActorAsync(who == "Ben" ? world.Ben : world.Mo, Ct), world.AnaActivity, Ct);

        Assert.Equal((outcome, message), (result.Outcome, result.Message));
        Assert.Null(await SnapshotAsync(world.AnaActivity));
    }

    [Fact]
    public async Task ADelete_PurgesTheOwnersEntriesDeletedBeforeTheWindow_AndTheirCertificates()
    {
        var handler = world.Activities();
        var ana = await world.ActorAsync(world.Ana, Ct);
        var input = world.NewActivity();
        input.Certificate = new PendingCertificate("old.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var old = (await handler.SaveAsync(ana, world.Ana, input, Ct)).Value;
        await handler.DeleteAsync(ana, old, (await world.ActivityAsync(old, Ct)).Version, Ct);
        world.Database.Clock.Advance(TimeSpan.FromMinutes(16));

        await handler.DeleteAsync(ana, world.AnaActivity, (await world.ActivityAsync(world.AnaActivity, Ct)).Version, Ct);

        await using var db = world.Database.CreateContext();
        var kept = await db.CeActivities.IgnoreQueryFilters().Where(a => a.PersonId == world.Ana).Select(a => a.Id).ToListAsync(Ct);
        Assert.Equal([world.AnaActivity], kept);
        Assert.Empty(world.CertificateFiles());
    }

    // What the person page would show of the entry (null: gone), through the same filtered reads.
    private async Task<string?> SnapshotAsync(long id)
    {
        await using var db = world.Database.CreateContext();
        var a = await db.CeActivities.AsNoTracking().Include(x => x.Splits).Include(x => x.CountsToward).SingleOrDefaultAsync(x => x.Id == id, Ct);
        return a is null ? null : string.Join("|", a.Title, a.Amount, string.Join(",", a.Splits.Select(s => $"{s.Category}={s.AmountHundredths}")),
            string.Join(",", a.CountsToward.Select(l => l.CredentialId)), a.Certificate?.StorageKey, a.Verification);
    }

    // Ana's CE as the grid, exports and reminders count it: the SQL totals behind ComplianceQueries.
    private async Task<decimal?> CountedLinksAsync()
    {
        var evaluated = await world.Compliance().EvaluateAsync(ComplianceScope.Person(world.Ana), world.Today, Ct);
        return evaluated.Single(c => c.CredentialId == world.AnaCredential).Result.Progress?.Total.Counted;
    }
}
