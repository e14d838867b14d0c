using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>Pages shared by assistants and managers say what fits the one reading them.</summary>
public sealed class WordingByViewerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AManager_OpeningAPersonWithoutCredentials_ReadsAboutThatPerson_NotTheAssistantsOwnText()
    {
        await using var app = new AppFactory();
        long riverside, hire;
        await using (var scope = app.Services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct))
        {
            riverside = await db.Clinics.Where(c => c.Name == DemoPeople.Riverside).Select(c => c.Id).SingleAsync(Ct);
            var person = new Person(riverside, "nia.hire@example.org", "Nia", "Hire", PersonRole.Assistant);
            db.People.Add(person);
            await db.SaveChangesAsync(Ct);
            hire = person.Id;
        }
        using var rachel = await app.SignedInAsync(DemoPeople.Rachel);

        var html = await rachel.GetStringAsync(new Uri($"/people/{hire}", UriKind.Relative), Ct);

        Assert.Contains("Nia Hire has no credentials on file yet. Add the credential on their card to see their deadlines.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("on your card", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoPeople.Maria, false)]
    [InlineData(DemoPeople.Rachel, true)]
    public async Task TheWeeklyStaffDigestChoice_IsOfferedToManagersOnly(string who, bool offered)
    {
        await using var app = new AppFactory();
        using var client = await app.SignedInAsync(who);

        var html = await client.GetStringAsync(new Uri("/me/profile", UriKind.Relative), Ct);

        Assert.Contains("Time zone and emails", html, StringComparison.Ordinal);
        Assert.Contains("pref-ce", html, StringComparison.Ordinal);
        Assert.Equal(offered, html.Contains("pref-digest", StringComparison.Ordinal));
    }
}
