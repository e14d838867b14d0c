using System.Security.Claims;
using AngleSharp.Dom;
using CmaRenewal.Application.ApiTokens;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Persistence;
using CmaRenewal.Web.Features.ApiTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.ComponentTests.ApiTokens;

/// <summary>The tokens page on a real database: create shows the secret once, the list shows the rest, revoke stops it.</summary>
public sealed class ApiTokensPageTests : MudBlazorTestContext, IAsyncLifetime
{
    private const string UserId = "user-maria";
    private SqliteTestDatabase database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(Ct);
        await database.SaveAsync(new AppUser { Id = UserId, UserName = "maria@example.test", Email = "maria@example.test" }, Ct);
        await database.SaveAsync(new AppUser { Id = "someone-else", UserName = "tom@example.test", Email = "tom@example.test" }, Ct);
        Services.AddSingleton<TimeProvider>(database.Clock);
        Services.AddSingleton<IDbContextFactory<CmaRenewalDbContext>>(new OptionsDbContextFactory(database.Options()));
        Services.AddScoped<ApiTokenService>();
        AddAuthorization().SetAuthorized("maria@example.test").SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId));
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Create_ShowsTheSecretOnce_AndStoresOnlyItsHash()
    {
        var cut = Render<ApiTokensPage>();
        Input(cut, "token-name").Change("payroll sync");
        Input(cut, "token-expires").Change("2026-12-31");

        cut.Find("[data-testid=token-create]").Click();

        cut.WaitForAssertion(() => Assert.True(cut.FindAll("[data-testid=token-secret]").Count == 1, cut.Markup), TimeSpan.FromSeconds(5));
        var secret = cut.Find("[data-testid=token-secret]").TextContent;
        Assert.StartsWith("cma_", secret, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var row = await db.ApiTokens.SingleAsync(Ct);
        Assert.Equal((UserId, "payroll sync", ApiToken.Hash(secret)), (row.UserId, row.Name, row.SecretHash));
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), row.ExpiresAt);
        var listed = cut.Find($"tr[data-token-id='{row.Id}']").TextContent;
        Assert.Contains("payroll sync", listed, StringComparison.Ordinal);
        Assert.Contains(secret[..8], listed, StringComparison.Ordinal);
        Assert.Contains("Dec 31, 2026", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);

        var reopened = Render<ApiTokensPage>();
        Assert.Empty(reopened.FindAll("[data-testid=token-secret]"));
    }

    [Theory]
    [InlineData("", "", "Name the token")]
    [InlineData("old", "2026-03-01", "Choose today or a later day")]
    public async Task BadInput_SaysWhy_AndMakesNothing(string name, string lastDay, string message)
    {
        var cut = Render<ApiTokensPage>();
        Input(cut, "token-name").Change(name);
        Input(cut, "token-expires").Change(lastDay);

        cut.Find("[data-testid=token-create]").Click();

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Markup, StringComparison.Ordinal));
        await using var db = database.CreateContext();
        Assert.False(await db.ApiTokens.AnyAsync(Ct));
    }

    [Fact]
    public async Task Revoke_MarksTheTokenRevoked_AndListsOnlyTheOwnersTokens()
    {
        var service = Services.GetRequiredService<ApiTokenService>();
        var mine = (await service.CreateAsync(UserId, "ci", null, Ct)).Value!;
        await service.CreateAsync("someone-else", "theirs", null, Ct);
        var cut = Render<ApiTokensPage>();
        Assert.DoesNotContain("theirs", cut.Markup, StringComparison.Ordinal);

        cut.Find($"tr[data-token-id='{mine.Token.Id}'] [data-testid=token-revoke]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("revoked", cut.Find($"tr[data-token-id='{mine.Token.Id}'] [data-testid=token-state]").TextContent,
            StringComparison.Ordinal));
        Assert.Empty(cut.FindAll($"tr[data-token-id='{mine.Token.Id}'] [data-testid=token-revoke]"));
        await using var db = database.CreateContext();
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, (await db.ApiTokens.SingleAsync(t => t.Id == mine.Token.Id, Ct)).RevokedAt);
    }

    private static IElement Input(IRenderedComponent<ApiTokensPage> cut, string testId) =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input");
}
