using CmaRenewal.Application;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.ContinuingEducation;

/// <summary>Each typed result of the CE handler, for who asks and what they send; a refused write changes nothing.</summary>
public sealed class ActivityHandlerTests : IAsyncLifetime
{
    private HandlerWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await HandlerWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private delegate Task<UseCaseResult<long>> Call(HandlerWorld w, ActivityHandler handler, CancellationToken ct);

    private static readonly PendingCertificate Pdf = new("card.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["Ana logs her own CE"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, w.NewActivity(), ct),
        ["Ana corrects her entry"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, await w.EditOfAsync(w.AnaActivity, ct), ct),
        ["Mo logs CE for Ana"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Mo, ct), w.Ana, w.NewActivity(), ct),
        ["Mo verifies Ana's entry"] = async (w, h, ct) =>
            await h.VerifyAsync(await w.ActorAsync(w.Mo, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, ct),
        ["Ana deletes her entry"] = async (w, h, ct) =>
            await h.DeleteAsync(await w.ActorAsync(w.Ana, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, ct),
        ["Ben logs CE for Ana"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Ben, ct), w.Ana, w.NewActivity(), ct),
        ["Ben corrects Ana's entry"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Ben, ct), w.Ana, await w.EditOfAsync(w.AnaActivity, ct), ct),
        ["Ben deletes Ana's entry"] = async (w, h, ct) =>
            await h.DeleteAsync(await w.ActorAsync(w.Ben, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, ct),
        ["Oz of another clinic verifies Ana's entry"] = async (w, h, ct) =>
            await h.VerifyAsync(await w.ActorAsync(w.Oz, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, ct),
        ["Ada verifies her own entry"] = async (w, h, ct) =>
            await h.VerifyAsync(await w.ActorAsync(w.Ada, ct), w.AdaActivity, (await w.ActivityAsync(w.AdaActivity, ct)).Version, ct),
        ["an entry that does not exist is deleted"] = async (w, h, ct) => await h.DeleteAsync(await w.ActorAsync(w.Ana, ct), 999_999, Guid.NewGuid(), ct),
        ["Mo logs CE for Ada the admin"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Mo, ct), w.Ada, w.NewActivity(), ct),
        ["Mo verifies Ada the admin's entry"] = async (w, h, ct) =>
            await h.VerifyAsync(await w.ActorAsync(w.Mo, ct), w.AdaActivity, (await w.ActivityAsync(w.AdaActivity, ct)).Version, ct),
        ["Mo rejects Ada the admin's entry"] = async (w, h, ct) =>
            await h.RejectAsync(await w.ActorAsync(w.Mo, ct), w.AdaActivity, (await w.ActivityAsync(w.AdaActivity, ct)).Version, "No certificate.", ct),
        ["Mo corrects Ana's entry"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Mo, ct), w.Ana, await w.EditOfAsync(w.AnaActivity, ct), ct),
        ["Mo deletes Ana's entry"] = async (w, h, ct) =>
            await h.DeleteAsync(await w.ActorAsync(w.Mo, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, ct),
        ["Ana logs CE dated tomorrow"] = async (w, h, ct) =>
        {
            var input = w.NewActivity();
            input.CompletedOn = HandlerWorld.Iso(w.Today.AddDays(1));
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, input, ct);
        },
        ["Ana logs CE in a category no pack has"] = async (w, h, ct) =>
        {
            var input = w.NewActivity();
            input.Category = "underwater-basket-weaving";
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, input, ct);
        },
        ["Ana corrects without the version she read"] = async (w, h, ct) =>
        {
            var input = await w.EditOfAsync(w.AnaActivity, ct);
            input.Version = null;
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, input, ct);
        },
        ["Ana deletes without the version she read"] = async (w, h, ct) => await h.DeleteAsync(await w.ActorAsync(w.Ana, ct), w.AnaActivity, null, ct),
        ["Mo rejects without a comment"] = async (w, h, ct) =>
            await h.RejectAsync(await w.ActorAsync(w.Mo, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, "  ", ct),
        ["Ana attaches a file that is no certificate"] = async (w, h, ct) =>
        {
            var input = w.NewActivity();
            input.Certificate = new PendingCertificate("notes.txt", "just text"u8.ToArray());
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, input, ct);
        },
        ["Ana corrects from a stale copy"] = async (w, h, ct) =>
        {
            var stale = await w.EditOfAsync(w.AnaActivity, ct);
            await w.ChangeMeanwhileAsync(w.AnaActivity, ct);
            stale.Title = "My late edit";
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, stale, ct);
        },
        ["Ana deletes from a stale copy"] = async (w, h, ct) =>
        {
            var stale = (await w.ActivityAsync(w.AnaActivity, ct)).Version;
            await w.ChangeMeanwhileAsync(w.AnaActivity, ct);
            return await h.DeleteAsync(await w.ActorAsync(w.Ana, ct), w.AnaActivity, stale, ct);
        },
        ["Ana attaches a certificate to her entry"] = async (w, h, ct) =>
            await h.AttachCertificateAsync(await w.ActorAsync(w.Ana, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, Pdf, ct),
        ["Mo attaches a certificate to Ana's entry"] = async (w, h, ct) =>
            await h.AttachCertificateAsync(await w.ActorAsync(w.Mo, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, Pdf, ct),
        ["Ben attaches a certificate to Ana's entry"] = async (w, h, ct) =>
            await h.AttachCertificateAsync(await w.ActorAsync(w.Ben, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version, Pdf, ct),
        ["Ana attaches a certificate without the version she read"] = async (w, h, ct) =>
            await h.AttachCertificateAsync(await w.ActorAsync(w.Ana, ct), w.AnaActivity, null, Pdf, ct),
        ["Ana attaches a file that is no certificate to her entry"] = async (w, h, ct) =>
            await h.AttachCertificateAsync(await w.ActorAsync(w.Ana, ct), w.AnaActivity, (await w.ActivityAsync(w.AnaActivity, ct)).Version,
                new PendingCertificate("notes.txt", "just text"u8.ToArray()), ct),
        ["Ana attaches a certificate from a stale copy"] = async (w, h, ct) =>
        {
            var stale = (await w.ActivityAsync(w.AnaActivity, ct)).Version;
            await w.ChangeMeanwhileAsync(w.AnaActivity, ct);
            return await h.AttachCertificateAsync(await w.ActorAsync(w.Ana, ct), w.AnaActivity, stale, Pdf, ct);
        },
        ["Mo verifies from a stale copy"] = async (w, h, ct) =>
        {
            var stale = (await w.ActivityAsync(w.AnaActivity, ct)).Version;
            await w.ChangeMeanwhileAsync(w.AnaActivity, ct);
            return await h.VerifyAsync(await w.ActorAsync(w.Mo, ct), w.AnaActivity, stale, ct);
        },
    };

    /// <summary>Case → outcome, and the message (or, for invalid, the field) it names.</summary>
    public static TheoryData<string, UseCaseOutcome, string?> Cases => new()
    {
        { "Ana logs her own CE", UseCaseOutcome.Done, null },
        { "Ana corrects her entry", UseCaseOutcome.Done, null },
        { "Mo logs CE for Ana", UseCaseOutcome.Done, null },
        { "Mo verifies Ana's entry", UseCaseOutcome.Done, null },
        { "Ana deletes her entry", UseCaseOutcome.Done, null },
        { "Ben logs CE for Ana", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Ben corrects Ana's entry", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Ben deletes Ana's entry", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Oz of another clinic verifies Ana's entry", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Ada verifies her own entry", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "an entry that does not exist is deleted", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Mo logs CE for Ada the admin", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
        { "Mo verifies Ada the admin's entry", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
        { "Mo rejects Ada the admin's entry", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
        { "Mo corrects Ana's entry", UseCaseOutcome.Forbidden, ActivityHandler.OwnerOnly },
        { "Mo deletes Ana's entry", UseCaseOutcome.Forbidden, ActivityHandler.OwnerOnly },
        { "Ana logs CE dated tomorrow", UseCaseOutcome.Invalid, "CompletedOn" },
        { "Ana logs CE in a category no pack has", UseCaseOutcome.Invalid, "Category" },
        { "Ana corrects without the version she read", UseCaseOutcome.Invalid, "Version" },
        { "Ana deletes without the version she read", UseCaseOutcome.Invalid, "Version" },
        { "Mo rejects without a comment", UseCaseOutcome.Invalid, "Comment" },
        { "Ana attaches a file that is no certificate", UseCaseOutcome.Invalid, "Certificate" },
        { "Ana corrects from a stale copy", UseCaseOutcome.Conflict, ActivityHandler.Conflict },
        { "Ana deletes from a stale copy", UseCaseOutcome.Conflict, ActivityHandler.Conflict },
        { "Mo verifies from a stale copy", UseCaseOutcome.Conflict, ActivityHandler.Conflict },
        { "Ana attaches a certificate to her entry", UseCaseOutcome.Done, null },
        { "Mo attaches a certificate to Ana's entry", UseCaseOutcome.Forbidden, ActivityHandler.OwnerOnly },
        { "Ben attaches a certificate to Ana's entry", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Ana attaches a certificate without the version she read", UseCaseOutcome.Invalid, "Version" },
        { "Ana attaches a file that is no certificate to her entry", UseCaseOutcome.Invalid, "Certificate" },
        { "Ana attaches a certificate from a stale copy", UseCaseOutcome.Conflict, ActivityHandler.Conflict },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachCall_EndsWithItsTypedResult(string call, UseCaseOutcome outcome, string? messageOrField)
    {
        var before = await FingerprintAsync();

        var result = await Calls[call](world, world.Activities(), Ct);

        await TypedResultAssert.MatchesAsync(result, outcome, messageOrField, before, FingerprintAsync);
    }

    [Fact]
    public async Task AStaleCorrection_KeepsTheOtherChange_AndLeavesNoCertificateBehind()
    {
        var handler = world.Activities();
        var ana = await world.ActorAsync(world.Ana, Ct);
        var stale = await world.EditOfAsync(world.AnaActivity, Ct);
        await world.ChangeMeanwhileAsync(world.AnaActivity, Ct);
        stale.Certificate = new PendingCertificate("late.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());

        var late = await handler.SaveAsync(ana, world.Ana, stale, Ct);

        Assert.Equal(UseCaseOutcome.Conflict, late.Outcome);
        Assert.Equal("Changed in another tab", (await world.ActivityAsync(world.AnaActivity, Ct)).Title);
        Assert.Empty(world.CertificateFiles());
        var fresh = await world.EditOfAsync(world.AnaActivity, Ct);
        fresh.Certificate = new PendingCertificate("on-time.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        Assert.Equal(UseCaseOutcome.Done, (await handler.SaveAsync(ana, world.Ana, fresh, Ct)).Outcome);
        Assert.Single(world.CertificateFiles());
    }

    [Fact]
    public async Task AVerifiedEntry_IsInvalidToChangeOrDelete_ForItsOwner()
    {
        var handler = world.Activities();
        var version = (await world.ActivityAsync(world.AnaActivity, Ct)).Version;
        Assert.True((await handler.VerifyAsync(await world.ActorAsync(world.Mo, Ct), world.AnaActivity, version, Ct)).IsDone);
        var ana = await world.ActorAsync(world.Ana, Ct);
        var input = await world.EditOfAsync(world.AnaActivity, Ct);
        input.Title = "Sneaky edit";

        var edit = await handler.SaveAsync(ana, world.Ana, input, Ct);
        var delete = await handler.DeleteAsync(ana, world.AnaActivity, input.Version, Ct);

        Assert.Equal((UseCaseOutcome.Invalid, "A verified entry cannot be changed."), (edit.Outcome, edit.Errors["Verification"]));
        Assert.Equal((UseCaseOutcome.Invalid, "A verified entry cannot be deleted."), (delete.Outcome, delete.Errors["Verification"]));
        Assert.Equal(VerificationStatus.Verified, (await world.ActivityAsync(world.AnaActivity, Ct)).Verification);
    }

    [Fact]
    public async Task AVerifiedEntry_TakesACertificate_FromItsOwner_AndStaysVerifiedAndOtherwiseUnchanged()
    {
        var handler = world.Activities();
        var verified = await world.ActivityAsync(world.AnaActivity, Ct);
        Assert.True((await handler.VerifyAsync(await world.ActorAsync(world.Mo, Ct), world.AnaActivity, verified.Version, Ct)).IsDone);
        verified = await world.ActivityAsync(world.AnaActivity, Ct);
        var ana = await world.ActorAsync(world.Ana, Ct);

        var first = await handler.AttachCertificateAsync(ana, world.AnaActivity, verified.Version, Pdf, Ct);
        var attached = await world.ActivityAsync(world.AnaActivity, Ct);
        var replaced = await handler.AttachCertificateAsync(ana, world.AnaActivity, attached.Version, new PendingCertificate("better.pdf", Pdf.Content), Ct);

        Assert.Equal((UseCaseOutcome.Done, UseCaseOutcome.Done), (first.Outcome, replaced.Outcome));
        var after = await world.ActivityAsync(world.AnaActivity, Ct);
        Assert.Equal(("better.pdf", VerificationStatus.Verified), (after.Certificate?.FileName, after.Verification));
        Assert.Equal((verified.Title, verified.CompletedOn, verified.AmountHundredths, verified.Provider),
            (after.Title, after.CompletedOn, after.AmountHundredths, after.Provider));
        Assert.NotEqual(attached.Version, after.Version);
    }

    [Fact]
    public async Task ARejection_KeepsTheTrimmedComment_ForTheAssistant()
    {
        var version = (await world.ActivityAsync(world.AnaActivity, Ct)).Version;

        var result = await world.Activities().RejectAsync(await world.ActorAsync(world.Mo, Ct), world.AnaActivity, version, "  Wrong person  ", Ct);

        Assert.Equal(world.AnaActivity, result.Value);
        var activity = await world.ActivityAsync(world.AnaActivity, Ct);
        Assert.Equal((VerificationStatus.Rejected, "Wrong person"), (activity.Verification, activity.VerificationComment));
    }

    // Every entry's id, title, verification and version: any write shows in it.
    private async Task<string> FingerprintAsync()
    {
        await using var db = world.Database.CreateContext();
        var rows = await db.CeActivities.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => a.Id + ":" + a.Title + ":" + a.Verification + ":" + a.Version).ToListAsync(Ct);
        return string.Join("|", rows);
    }
}
