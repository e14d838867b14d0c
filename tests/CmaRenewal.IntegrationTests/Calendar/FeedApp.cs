using CmaRenewal.Application.Calendar;
using CmaRenewal.Core.Calendar;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.MyCredentials;
using CmaRenewal.TestKit.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.Calendar;

/// <summary>
/// The real app on the small demo with a pinned clock and a public address, and the calls the calendar tests make:
/// ask for a feed as someone, fetch it anonymously as a calendar app would, and ask the engine what it should hold.
/// </summary>
internal sealed class FeedApp : IAsyncDisposable
{
    public const string BaseUrl = "https://renewals.example.org";
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
    public const long Riverside = 1, Lakeside = 2, Mesa = 3;

    public AppFactory App { get; } = new(("App:BaseUrl", BaseUrl)) { Clock = new FakeTimeProvider(Now) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<long> PersonIdAsync(string email)
    {
        await using var db = AppData.Open(App);
        return await db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync(Ct);
    }

    public Task<AccessScope> ScopeOfAsync(string email) => App.Services.ActorAsync(email, Ct);

    public async Task<string?> GetOrCreateAsync(string email, long? clinicId = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CalendarFeeds>().GetOrCreateAsync(await ScopeOfAsync(email), clinicId, Ct);
    }

    public async Task<string?> RegenerateAsync(string email, long? clinicId = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CalendarFeeds>().RegenerateAsync(await ScopeOfAsync(email), clinicId, Ct);
    }

    public Task<HttpClient> SignedInAsync(string email) => App.SignedInAsync(email);

    /// <summary>GET the feed with no cookies, as a calendar app does.</summary>
    public async Task<HttpResponseMessage> FetchAsync(string token)
    {
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return await client.GetAsync(new Uri($"/calendar/{token}.ics", UriKind.Relative), Ct);
    }

    public async Task<Ical.Net.Calendar> CalendarAsync(string token)
    {
        using var response = await FetchAsync(token);
        response.EnsureSuccessStatusCode();
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Ct))
            ?? throw new InvalidOperationException("The feed did not parse as iCalendar.");
    }

    /// <summary>The engine's verdicts for a scope, judged on the owner's today, as the feed must show them.</summary>
    public async Task<IReadOnlyList<CredentialCompliance>> EngineAsync(string ownerEmail, ComplianceScope scope)
    {
        await using var services = App.Services.CreateAsyncScope();
        var today = await services.ServiceProvider.GetRequiredService<PersonClock>().TodayForAsync(await PersonIdAsync(ownerEmail), Ct);
        return await services.ServiceProvider.GetRequiredService<ComplianceQueries>().EvaluateAsync(scope, today, Ct);
    }

    public async Task ChangeAsync(Func<CmaRenewalDbContext, Task> change)
    {
        await using var db = AppData.Open(App);
        await change(db);
        await db.SaveChangesAsync(Ct);
    }

    public async Task<List<CalendarFeed>> FeedRowsAsync()
    {
        await using var db = AppData.Open(App);
        return await db.CalendarFeeds.AsNoTracking().OrderBy(f => f.Id).ToListAsync(Ct);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
