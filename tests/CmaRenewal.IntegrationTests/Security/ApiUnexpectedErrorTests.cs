using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CmaRenewal.Application.ApiTokens;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Issue 9, low: when something inside breaks (here the database loses a table), an API client gets a generic 500
/// problem with nothing of the failure's own text, and the failure is logged for the operator.
/// </summary>
public sealed class ApiUnexpectedErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BrokenDatabase_Is500ProblemWithoutInternalText_AndIsLogged()
    {
        await using var app = new AppFactory();
        var logs = new LogSink();
        await using var host = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = await TokenClientAsync(host);
        long maria;
        await using (var scope = host.Services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct))
        {
            maria = await db.People.Where(p => p.Email == DemoPeople.Maria).Select(p => p.Id).SingleAsync(Ct);
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE CeActivities RENAME TO CeActivitiesMissing", Ct);
        }

        using var response = await client.GetAsync(new Uri($"/api/v1/people/{maria}/activities", UriKind.Relative), Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"{(int)response.StatusCode}: {body[..Math.Min(400, body.Length)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        foreach (var word in new[] { "CeActivities", "SQLite", "Exception", "no such table", "   at " })
            Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Category.StartsWith("CmaRenewal.Web.Api", StringComparison.Ordinal)
            && e.Message.Contains($"/api/v1/people/{maria}/activities", StringComparison.Ordinal) && e.Exception is not null);
    }

    private static async Task<HttpClient> TokenClientAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var userId = await app(scope.ServiceProvider);
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(userId, "tests", null, Ct);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Value!.Secret);
        return client;

        static async Task<string> app(IServiceProvider services)
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.AppUser>>();
            return (await users.FindByEmailAsync(DemoPeople.Maria))!.Id;
        }
    }

    /// <summary>Keeps what the app logs, so a test can see that a failure was recorded for the operator.</summary>
    private sealed class LogSink : ILoggerProvider
    {
        public ConcurrentBag<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Sink(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Sink(LogSink owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((category, logLevel, formatter(state, exception), exception));
        }
    }
}
