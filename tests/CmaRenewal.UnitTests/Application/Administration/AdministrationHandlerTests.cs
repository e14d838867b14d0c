using CmaRenewal.Application;
using CmaRenewal.Application.Administration;
using CmaRenewal.Application.ApiTokens;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Administration;

/// <summary>
/// The admin tools' typed results: the outbox, the audit trail and rule overrides answer admins only; a resend of
/// what is gone or already queued, an override the pack refuses, and another account's token are refused by kind.
/// </summary>
public sealed class AdministrationHandlerTests : WorldTableTests
{
    private long failed;
    private long queued;

    private OptionsDbContextFactory Factory => new(World.Database.Options());

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        failed = await EmailAsync(failedToSend: true);
        queued = await EmailAsync(failedToSend: false);
    }

    private OutboxResend Resend() => new(Factory, World.Database.Clock, new Sent());

    private delegate Task<UseCaseResult<long>> Call(AdministrationHandlerTests t, CancellationToken ct);

    private async Task<long> EmailAsync(bool failedToSend)
    {
        var email = Outbox.AccountEmail(subject: "Invitation");
        if (failedToSend) email.Fail("550 mailbox unavailable", World.Database.Clock.GetUtcNow().UtcDateTime);
        return (await World.Database.SaveAsync(email, Ct)).Id;
    }

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["Ada the admin resends a failed email"] = async (t, ct) =>
            await t.Resend().ResendAsync(await t.World.ActorAsync(t.World.Ada, ct), t.failed, ct),
        ["Mo the manager resends a failed email"] = async (t, ct) =>
            await t.Resend().ResendAsync(await t.World.ActorAsync(t.World.Mo, ct), t.failed, ct),
        ["Ada resends an email that does not exist"] = async (t, ct) => await t.Resend().ResendAsync(await t.World.ActorAsync(t.World.Ada, ct), 999_999, ct),
        ["Ada resends an email still waiting to be sent"] = async (t, ct) =>
            await t.Resend().ResendAsync(await t.World.ActorAsync(t.World.Ada, ct), t.queued, ct),
    };

    /// <summary>Case → outcome, and the message it names.</summary>
    public static TheoryData<string, UseCaseOutcome, string?> Cases => new()
    {
        { "Ada the admin resends a failed email", UseCaseOutcome.Done, null },
        { "Mo the manager resends a failed email", UseCaseOutcome.Forbidden, AdminOnly.Refused },
        { "Ada resends an email that does not exist", UseCaseOutcome.NotFound, OutboxResend.Gone },
        { "Ada resends an email still waiting to be sent", UseCaseOutcome.Conflict, "That email is already waiting to be sent." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task EachResend_EndsWithItsTypedResult(string call, UseCaseOutcome outcome, string? message) =>
        ExpectAsync(() => Calls[call](this, Ct), outcome, message);

    [Fact]
    public async Task TheOutboxAndTheAuditTrail_AreReadByAdminsOnly()
    {
        var (ada, mo) = (await World.ActorAsync(World.Ada, Ct), await World.ActorAsync(World.Mo, Ct));
        var (outbox, audit) = (new OutboxQuery(Factory), new AuditQuery(Factory));

        Assert.Equal(
            [UseCaseOutcome.Forbidden, UseCaseOutcome.Forbidden, UseCaseOutcome.Forbidden, UseCaseOutcome.Forbidden],
            [(await outbox.PageAsync(mo, new OutboxFilter(), 0, 10, Ct)).Outcome, (await outbox.CountsAsync(mo, Ct)).Outcome,
                (await audit.PageAsync(mo, new AuditFilter(), 0, 10, Ct)).Outcome, (await audit.EntityTypesAsync(mo, Ct)).Outcome]);
        await using var db = World.Database.CreateContext();
        Assert.Equal(await db.AuditEntries.CountAsync(Ct), (await audit.PageAsync(ada, new AuditFilter(), 0, 1000, Ct)).Value!.Total);
        Assert.Equal((1, 1), ((await outbox.CountsAsync(ada, Ct)).Value![OutboxStatus.Queued], (await outbox.CountsAsync(ada, Ct)).Value![OutboxStatus.Failed]));
        Assert.Equal((UseCaseOutcome.NotFound, OutboxResend.Gone), Answer(await outbox.BodyAsync(ada, 999_999, Ct)));
    }

    [Fact]
    public async Task ARuleOverride_IsRefusedByKind_AndNothingIsSaved()
    {
        var catalogs = new RuleCatalogHolder(Packs.Shipped);
        var overrides = new RuleOverrideService(Factory, catalogs, new RuleOverrides(Factory, catalogs), new TestActor("ada"), World.Database.Clock);
        var draft = OverrideDraft.From(Packs.Get("CMA-AAMA"));
        draft.EffectiveFrom = new DateTime(2027, 1, 1);
        var (ada, mo) = (await World.ActorAsync(World.Ada, Ct), await World.ActorAsync(World.Mo, Ct));

        var byManager = await overrides.SaveAsync(mo, draft, Ct);
        var withoutReason = await overrides.SaveAsync(ada, draft, Ct);
        var ofNoPack = await overrides.SaveAsync(ada, new OverrideDraft { PackCode = "NOPE", Reason = "x", EffectiveFrom = draft.EffectiveFrom }, Ct);

        Assert.Equal((UseCaseOutcome.Forbidden, AdminOnly.Refused), Answer(byManager));
        Assert.Equal((UseCaseOutcome.Invalid, "Say why the rule changes: the reason is required."), Answer(withoutReason));
        Assert.Equal(["Draft"], withoutReason.Errors.Keys);
        Assert.Equal((UseCaseOutcome.NotFound, "There is no rule pack 'NOPE'."), Answer(ofNoPack));
        Assert.Equal(60, catalogs.Current["CMA-AAMA"].Latest.Ce!.Total);
        await using var db = World.Database.CreateContext();
        Assert.False(await db.RulePackOverrides.AnyAsync(Ct));
    }

    [Fact]
    public async Task Tokens_AreMadeAndRevokedByTheirOwnerOnly()
    {
        await World.Database.SaveAsync(new AppUser { Id = "ana", UserName = "ana@example.org", Email = "ana@example.org" }, Ct);
        await World.Database.SaveAsync(new AppUser { Id = "ben", UserName = "ben@example.org", Email = "ben@example.org" }, Ct);
        var tokens = new ApiTokenService(Factory, World.Database.Clock);

        var unnamed = await tokens.CreateAsync("ana", " ", null, Ct);
        var made = await tokens.CreateAsync("ana", "payroll sync", null, Ct);
        var byAnother = await tokens.RevokeAsync("ben", made.Value!.Token.Id, Ct);
        var byOwner = await tokens.RevokeAsync("ana", made.Value.Token.Id, Ct);

        Assert.Equal(["Name"], unnamed.Errors.Keys);
        Assert.Equal((UseCaseOutcome.NotFound, ApiTokenService.Gone), Answer(byAnother));
        Assert.Equal((UseCaseOutcome.Done, made.Value.Token.Id), (byOwner.Outcome, byOwner.Value));
    }

    private static (UseCaseOutcome, string?) Answer<T>(UseCaseResult<T> result) => (result.Outcome, result.Message);

    // Every outbox email's status and attempts, and every rule override.
    protected override async Task<string> FingerprintAsync()
    {
        await using var db = World.Database.CreateContext();
        var emails = await db.OutboxEmails.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id + ":" + e.Status + ":" + e.Attempts).ToListAsync(Ct);
        return string.Join("|", emails) + "#" + await db.RulePackOverrides.CountAsync(Ct);
    }

    // The sender the resend runs at once; what it sends is the sender's own tests' business.
    private sealed class Sent : IOutboxSending
    {
        public Task<SendReport> SendDueAsync(CancellationToken ct) => Task.FromResult(new SendReport(0, 0, 0));
    }
}
