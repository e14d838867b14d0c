using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.MyCredentials;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.Emails;

/// <summary>
/// The real app at a fixed instant, 03:30 UTC on 27 November 2026: still the 26th in New York (Maria's clinic),
/// so a snooze counted from the server's UTC date would be a day off. Clients carry no cookies, like a mail client.
/// </summary>
public sealed class EmailLinkApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 30, 0, TimeSpan.Zero);

    private readonly AppFactory factory = new() { Clock = new FakeTimeProvider(Now) };

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public EmailLinkTokens Tokens => App.Services.GetRequiredService<EmailLinkTokens>();

    public ValueTask InitializeAsync()
    {
        App = factory;
        return ValueTask.CompletedTask;
    }

    public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public Task<long> PersonIdAsync(string email) => AppData.PersonIdAsync(factory, email);

    public async Task<Core.People.EmailPreferences> PreferencesAsync(long personId)
    {
        await using var db = AppData.Open(factory);
        return await db.People.Where(p => p.Id == personId).Select(p => p.EmailPreferences).SingleAsync();
    }

    public async Task<List<string>> AuditActorsAsync(long personId)
    {
        await using var db = AppData.Open(factory);
        var id = personId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.Where(a => a.EntityType == "Person" && a.EntityId == id).Select(a => a.Actor).ToListAsync();
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
