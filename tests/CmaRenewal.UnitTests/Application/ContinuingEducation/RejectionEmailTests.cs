using CmaRenewal.Application;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.ContinuingEducation;

/// <summary>A rejection tells the holder by email, through the outbox: the reason, as typed, and a link that opens the entry.</summary>
public sealed class RejectionEmailTests : IAsyncLifetime
{
    private HandlerWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await HandlerWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task Reject_QueuesAndSendsTheHolderAnEmail_WithTheReasonAndAnAbsoluteLink()
    {
        var version = (await world.ActivityAsync(world.AnaActivity, Ct)).Version;

        var result = await world.Activities().RejectAsync(await world.ActorAsync(world.Mo, Ct), world.AnaActivity, version,
            "  The certificate is for another course.\nPlease attach the right one.  ", Ct);

        Assert.True(result.IsDone);
        var email = Assert.Single(await NoticesAsync());
        Assert.Equal(("ana.lopez@example.org", OutboxStatus.Sent), (email.ToAddress, email.Status));
        Assert.Equal("Your CE entry \"Infection control update\" was not accepted", email.Subject);
        Assert.Contains("The certificate is for another course.\nPlease attach the right one.\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Mo Lopez reviewed your CE entry \"Infection control update\"", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Open the entry: https://renewals.test/me?status=Rejected&search=Infection%20control%20update\n", email.TextBody, StringComparison.Ordinal);
        Assert.Single(world.SentMail(), m => m.Contains("To: ana.lopez@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASpanishSpeakingHolder_IsToldInSpanish_WhileTheManagerReadsEnglish()
    {
        await using (var db = world.Database.CreateContext())
        {
            (await db.People.SingleAsync(p => p.Id == world.Ana, Ct)).UseLanguage("es");
            await db.SaveChangesAsync(Ct);
        }
        var version = (await world.ActivityAsync(world.AnaActivity, Ct)).Version;

        using (AppCulture.Use("en"))
            await world.Activities().RejectAsync(await world.ActorAsync(world.Mo, Ct), world.AnaActivity, version, "Falta el certificado.", Ct);

        var email = Assert.Single(await NoticesAsync());
        Assert.Equal("Su actividad de EC «Infection control update» no fue aceptada", email.Subject);
        Assert.Contains("Mo Lopez revisó su actividad de EC «Infection control update»", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Abrir la actividad: https://renewals.test/me?status=Rejected&search=Infection%20control%20update\n", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedRejection_EmailsNobody()
    {
        var version = (await world.ActivityAsync(world.AdaActivity, Ct)).Version;

        var refused = await world.Activities().RejectAsync(await world.ActorAsync(world.Mo, Ct), world.AdaActivity, version, "No certificate.", Ct);
        var stale = await world.Activities().RejectAsync(await world.ActorAsync(world.Mo, Ct), world.AnaActivity, Guid.NewGuid(), "No certificate.", Ct);

        Assert.Equal((UseCaseOutcome.Forbidden, UseCaseOutcome.Conflict), (refused.Outcome, stale.Outcome));
        Assert.Empty(await NoticesAsync());
        Assert.Empty(world.SentMail());
    }

    private async Task<List<OutboxEmail>> NoticesAsync()
    {
        await using var db = world.Database.CreateContext();
        return await db.OutboxEmails.AsNoTracking().Where(e => e.Purpose == OutboxPurpose.Notice).ToListAsync(Ct);
    }
}
