using System.Globalization;
using System.Security.Claims;
using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using CmaRenewal.Web.Features.Access;
using CmaRenewal.Web.Features.Admin.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.ComponentTests.Admin;

/// <summary>The outbox table on a real SQLite file: resend only where it makes sense, previews loaded on demand.</summary>
public sealed class OutboxTableTests : MudBlazorTestContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;
    private static readonly DateTime Morning = new(2026, 11, 27, 14, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ResendIsOfferedOnFailedRowsOnly_AndPassesTheRowOn()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        var rows = await SeedAsync(database);
        var resent = new List<OutboxRow>();

        var cut = Render<OutboxTable>(p => p.Add(t => t.Rows, rows).Add(t => t.OnResend, row => resent.Add(row)));
        var buttons = cut.FindAll("[data-testid=outbox-resend]");
        buttons.Single().Click();

        Assert.Equal(OutboxStatus.Failed, Assert.Single(resent).Status);
    }

    [Fact]
    public async Task Preview_LoadsTheBodyOfThatRow()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        var rows = await SeedAsync(database);

        var cut = Render<OutboxTable>(p => p.Add(t => t.Rows, rows));
        cut.FindAll("[data-testid=outbox-preview-toggle]")[rows.ToList().FindIndex(r => r.Status == OutboxStatus.Queued)].Click();

        cut.WaitForAssertion(() => Assert.Equal("<p>Your CE</p>", cut.Find("[data-testid=outbox-html]").GetAttribute("srcdoc")));
    }

    [Theory]
    [InlineData("en", "Nov 27, 2026, 2:00 PM", "Account", "Failed", "Resend")]
    [InlineData("es", "27 nov 2026, 14:00", "Cuenta", "Fallido", "Reenviar")]
    public async Task FailedRow_ReadsInTheReadersLanguage_WithTheMachineStatusKept(
        string language, string created, string purpose, string status, string resend)
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        var rows = await SeedAsync(database);

        using (AppCulture.Use(language))
        {
            var cut = Render<OutboxTable>(p => p.Add(t => t.Rows, rows));
            var failed = cut.Find("[data-status=Failed]").ParentElement!;
            var cells = failed.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(created, cells[0]);
            Assert.Equal(purpose, cells[3]);
            Assert.Equal(status, cells[4]);
            Assert.Equal(resend, cut.Find("[data-testid=outbox-resend]").TextContent.Trim());
        }
    }

    [Theory]
    [InlineData(false, "The outbox is empty")]
    [InlineData(true, "No email matches these filters")]
    public async Task NoRows_ShowsAnEmptyStateInsteadOfAnEmptyTable(bool filtered, string heading)
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        Register(new OptionsDbContextFactory(database.Options()));
        AddAuthorization();

        var cut = Render<OutboxTable>(p => p.Add(t => t.Rows, []).Add(t => t.Filtered, filtered));

        Assert.Contains(heading, cut.Find("[data-testid=outbox-empty] h2").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=outbox-table]"));
    }

    private async Task<IReadOnlyList<OutboxRow>> SeedAsync(SqliteTestDatabase database)
    {
        AccessScope admin;
        var factory = new OptionsDbContextFactory(database.Options());
        Register(factory);
        var failed = OutboxEmail.ForAccount("ada@x.test", "Invitation", "<p>Join</p>", "Join", Morning);
        failed.Fail("550 mailbox unavailable", Morning);
        await using (var db = factory.CreateDbContext())
        {
            var clinic = A.Clinic();
            db.Clinics.Add(clinic);
            await db.SaveChangesAsync(Ct);
            // The table's previews are read as the signed-in admin.
            var person = A.Person(clinic.Id, role: PersonRole.Admin);
            db.People.Add(person);
            await db.SaveChangesAsync(Ct);
            AddAuthorization().SetAuthorized(person.Email).SetClaims(new Claim(AppClaims.PersonId, person.Id.ToString(CultureInfo.InvariantCulture)));
            admin = await new AccessScopes(factory).ForPersonAsync(person.Id, Ct);
            var queued = OutboxEmail.ForReminders(person.Id, person.Email, new DateOnly(2026, 11, 27), "Your CE", Morning.AddHours(1));
            queued.Render("Your CE", "<p>Your CE</p>", "Your CE", null);
            db.OutboxEmails.AddRange(failed, queued);
            await db.SaveChangesAsync(Ct);
        }
        return (await new OutboxQuery(factory).PageAsync(admin, new OutboxFilter(), 0, 10, Ct)).Value!.Rows;
    }

    private void Register(OptionsDbContextFactory factory)
    {
        Services.AddSingleton<IDbContextFactory<CmaRenewalDbContext>>(factory);
        Services.AddSingleton<OutboxQuery>();
        Services.AddSingleton(new AccessScopes(factory));
        Services.AddScoped<CurrentUser>();
    }
}
