using CmaRenewal.Application;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.Credentials;
using CmaRenewal.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Credentials;

/// <summary>Each typed result of the credential and fee handler, for who asks and what they send; a refused write changes nothing.</summary>
public sealed class CredentialHandlerTests : IAsyncLifetime
{
    private HandlerWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await HandlerWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private delegate Task<UseCaseResult<long>> Call(HandlerWorld w, CredentialHandler handler, CancellationToken ct);

    private static CredentialInput New(string number = "RMA-1") => new() { PackCode = "RMA-AMT", Number = number, CertifiedOn = "2020-05-10" };

    private static async Task<CredentialInput> EditAsync(HandlerWorld w, long credentialId, CancellationToken ct) => new()
    {
        CredentialId = credentialId, Version = await w.CredentialVersionAsync(credentialId, ct), PackCode = "CMA-AAMA",
        Number = "CMA-CORRECTED", CertifiedOn = "2024-05-11",
    };

    private static FeeInput Fee(string paidOn = "2025-06-01") => new() { PaidOn = paidOn, PaidThrough = "2026-06-30", Amount = 45m };

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["Ana adds a credential"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, New(), ct),
        ["Mo corrects Ana's credential"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Mo, ct), w.Ana, await EditAsync(w, w.AnaCredential, ct), ct),
        ["Ana records a fee"] = async (w, h, ct) => await h.RecordFeeAsync(await w.ActorAsync(w.Ana, ct), w.AnaCredential, Fee(), ct),
        ["Ada the admin corrects her own credential"] = async (w, h, ct) =>
            await h.SaveAsync(await w.ActorAsync(w.Ada, ct), w.Ada, await EditAsync(w, w.AdaCredential, ct), ct),
        ["Ben adds a credential for Ana"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Ben, ct), w.Ana, New(), ct),
        ["Oz of another clinic records Ana's fee"] = async (w, h, ct) => await h.RecordFeeAsync(await w.ActorAsync(w.Oz, ct), w.AnaCredential, Fee(), ct),
        ["a fee for a credential that does not exist"] = async (w, h, ct) => await h.RecordFeeAsync(await w.ActorAsync(w.Ana, ct), 999_999, Fee(), ct),
        ["Ana corrects Ada's credential as if it were hers"] = async (w, h, ct) =>
            await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, await EditAsync(w, w.AdaCredential, ct), ct),
        ["Mo adds a credential for Ada the admin"] = async (w, h, ct) => await h.SaveAsync(await w.ActorAsync(w.Mo, ct), w.Ada, New(), ct),
        ["Mo corrects Ada the admin's credential"] = async (w, h, ct) =>
            await h.SaveAsync(await w.ActorAsync(w.Mo, ct), w.Ada, await EditAsync(w, w.AdaCredential, ct), ct),
        ["Mo records Ada the admin's fee"] = async (w, h, ct) => await h.RecordFeeAsync(await w.ActorAsync(w.Mo, ct), w.AdaCredential, Fee(), ct),
        ["Ana adds a credential no pack has"] = async (w, h, ct) =>
            await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, new CredentialInput { PackCode = "NOPE", CertifiedOn = "2020-05-10" }, ct),
        ["Ana changes a credential's type"] = async (w, h, ct) =>
        {
            var input = await EditAsync(w, w.AnaCredential, ct);
            input.PackCode = "RMA-AMT";
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, input, ct);
        },
        ["Ana corrects without the version she read"] = async (w, h, ct) =>
        {
            var input = await EditAsync(w, w.AnaCredential, ct);
            input.Version = null;
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, input, ct);
        },
        ["Ana overrides the expiry without a reason"] = async (w, h, ct) =>
        {
            var input = await EditAsync(w, w.AnaCredential, ct);
            (input.OverrideExpiry, input.ExpiresOn) = (true, "2028-06-30");
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, input, ct);
        },
        ["Ana records a fee paid tomorrow"] = async (w, h, ct) =>
            await h.RecordFeeAsync(await w.ActorAsync(w.Ana, ct), w.AnaCredential, Fee(HandlerWorld.Iso(w.Today.AddDays(1))), ct),
        ["Ana corrects from a stale copy"] = async (w, h, ct) =>
        {
            var stale = await EditAsync(w, w.AnaCredential, ct);
            var meanwhile = await EditAsync(w, w.AnaCredential, ct);
            meanwhile.Number = "CMA-OTHER-TAB";
            Assert.True((await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, meanwhile, ct)).IsDone);
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, stale, ct);
        },
        ["Ana adds the same credential and number twice"] = async (w, h, ct) =>
        {
            Assert.True((await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, New("RMA-TWICE"), ct)).IsDone);
            return await h.SaveAsync(await w.ActorAsync(w.Ana, ct), w.Ana, New("RMA-TWICE"), ct);
        },
    };

    /// <summary>Case → outcome, and the message (or, for invalid, the field) it names.</summary>
    public static TheoryData<string, UseCaseOutcome, string?> Cases => new()
    {
        { "Ana adds a credential", UseCaseOutcome.Done, null },
        { "Mo corrects Ana's credential", UseCaseOutcome.Done, null },
        { "Ana records a fee", UseCaseOutcome.Done, null },
        { "Ada the admin corrects her own credential", UseCaseOutcome.Done, null },
        { "Ben adds a credential for Ana", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Oz of another clinic records Ana's fee", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "a fee for a credential that does not exist", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Ana corrects Ada's credential as if it were hers", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Mo adds a credential for Ada the admin", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
        { "Mo corrects Ada the admin's credential", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
        { "Mo records Ada the admin's fee", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
        { "Ana adds a credential no pack has", UseCaseOutcome.Invalid, "PackCode" },
        { "Ana changes a credential's type", UseCaseOutcome.Invalid, "PackCode" },
        { "Ana corrects without the version she read", UseCaseOutcome.Invalid, "Version" },
        { "Ana overrides the expiry without a reason", UseCaseOutcome.Invalid, "OverrideReason" },
        { "Ana records a fee paid tomorrow", UseCaseOutcome.Invalid, "PaidOn" },
        { "Ana corrects from a stale copy", UseCaseOutcome.Conflict, CredentialHandler.Conflict },
        { "Ana adds the same credential and number twice", UseCaseOutcome.Conflict, CredentialHandler.Duplicate },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachCall_EndsWithItsTypedResult(string call, UseCaseOutcome outcome, string? messageOrField)
    {
        var before = await FingerprintAsync();

        var result = await Calls[call](world, world.Credentials(), Ct);

        await TypedResultAssert.MatchesAsync(result, outcome, messageOrField, before, FingerprintAsync);
    }

    [Fact]
    public async Task AnOverrideWithAReason_IsSaved_WithTheRenewal_AndAudited()
    {
        var input = new CredentialInput
        {
            PackCode = "CMA-AAMA", Number = "CMA-1", CertifiedOn = "2020-05-10", LastRenewedOn = "2025-06-01",
            OverrideExpiry = true, ExpiresOn = "2028-06-30", OverrideReason = "Card printed with the extension",
        };

        var result = await world.Credentials().SaveAsync(await world.ActorAsync(world.Ana, Ct), world.Ana, input, Ct);

        await using var db = world.Database.CreateContext();
        var credential = await db.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == result.Value, Ct);
        Assert.Equal((new DateOnly(2028, 6, 30), "Card printed with the extension"), (credential.ExpiresOnOverride, credential.OverrideReason));
        Assert.Equal([new DateOnly(2025, 6, 1)], credential.Renewals.Select(r => r.RenewedOn));
        Assert.Contains(await db.AuditEntries.Where(e => e.EntityType == "Credential").Select(e => e.AfterJson ?? "").ToListAsync(Ct),
            json => json.Contains("Card printed with the extension", StringComparison.Ordinal));
    }

    // Every credential's id, pack, number and version, and every fee payment: any write shows in it.
    private async Task<string> FingerprintAsync()
    {
        await using var db = world.Database.CreateContext();
        var credentials = await db.Credentials.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id + ":" + c.PackCode + ":" + c.Number + ":" + c.Version).ToListAsync(Ct);
        var fees = await db.FeePayments.AsNoTracking().OrderBy(f => f.Id).Select(f => f.Id + ":" + f.CredentialId).ToListAsync(Ct);
        return string.Join("|", credentials) + "#" + string.Join("|", fees);
    }
}
