using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>The sender hands each reminders email's renderer its recipient's language (the person's profile setting, null when none).</summary>
public sealed class OutboxRecipientLanguageTests : IAsyncLifetime
{
    private OutboxRig rig = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => rig = await OutboxRig.StartAsync(Ct);

    public ValueTask DisposeAsync() => rig.DisposeAsync();

    [Fact]
    public async Task EachEmail_IsRenderedInItsRecipientsLanguage()
    {
        var clinic = await rig.Database.SaveAsync(A.Clinic(), Ct);
        var ana = A.Person(clinic.Id, "ana@example.org");
        ana.UseLanguage("es");
        ana = await rig.Database.SaveAsync(ana, Ct);
        var ben = await rig.Database.SaveAsync(A.Person(clinic.Id, "ben@example.org"), Ct);
        foreach (var person in new[] { ana, ben })
        {
            var email = (await rig.QueueAsync(Ct, Outbox.RemindersEmail(person.Id, person.Email)))[0];
            var reminder = Outbox.ExpiresSoon(person.Id);
            reminder.QueueIn(email.Id);
            await rig.Database.SaveAsync(reminder, Ct);
        }
        var renderer = new LanguageRecorder();

        await new OutboxSender(new OptionsDbContextFactory(rig.Database.Options()),
            rig.Transport(),
            rig.Database.Clock, NullLogger<OutboxSender>.Instance, renderer).SendDueAsync(Ct);

        Assert.Equal(new Dictionary<string, string?> { ["ana@example.org"] = "es", ["ben@example.org"] = null }, renderer.Languages);
        Assert.Equal(2, rig.Smtp.Received.Count);
    }

    private sealed class LanguageRecorder : IOutboxRenderer
    {
        public Dictionary<string, string?> Languages { get; } = [];

        public async Task<RenderedEmail> RenderAsync(OutboxEmail email, IReadOnlyList<Reminder> reminders, string? language, CancellationToken ct)
        {
            Languages[email.ToAddress] = language;
            return await PlainOutboxRenderer.Instance.RenderAsync(email, reminders, language, ct);
        }
    }
}
