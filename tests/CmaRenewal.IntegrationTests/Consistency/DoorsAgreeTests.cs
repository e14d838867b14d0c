using System.Net.Http.Json;
using System.Text.Json;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Calendar;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Consistency;

/// <summary>
/// Issue 11: on one day, every door shows a credential the same way — the person's own page and the page a manager
/// opens (per-activity path), the staff grid, both CSV exports and the API's compliance list (SQL totals path), the
/// API's credential (per-activity path again), the calendar feed's events and the reminders the planner would send.
/// Maria's demo credentials plus CE crafted to split the paths if they could: a split CPR card among four (the cap is
/// three), a course split across categories and linked to three credentials, an NCMA and a second RMA credential.
/// </summary>
public sealed class DoorsAgreeTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FeedApp.Now.UtcDateTime);
    private readonly FeedApp feeds = new();
    private long maria;
    private long aamaId;
    private decimal aamaEarnedBefore;
    private List<Credential> credentials = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        maria = await feeds.PersonIdAsync(DemoPeople.Maria);
        var aama = (await feeds.EngineAsync(DemoPeople.Maria, ComplianceScope.Person(maria))).Single(c => c.PackCode == "CMA-AAMA");
        (aamaId, aamaEarnedBefore) = (aama.CredentialId, aama.Result.Progress!.Total.Counted);
        var on = aama.Result.Cycle.EarnFrom > Today.AddDays(-45) ? aama.Result.Cycle.EarnFrom : Today.AddDays(-45);
        await feeds.ChangeAsync(async db =>
        {
            var ncma = new Credential(maria, "NCMA-NCCT", Today.AddYears(-1).AddDays(-20), "CRAFTED-NCMA");
            // Certified in August three years ago: its CE is due at the end of this August, so a CE reminder is due now.
            var rma = new Credential(maria, "RMA-AMT", new DateOnly(Today.Year - 3, 8, 10), "CRAFTED-RMA");
            db.AddRange(ncma, rma);
            await db.SaveChangesAsync(Ct);
            for (var i = 0; i < 4; i++)
            {
                var card = A.Activity(maria, new CeActivityDetails(on.AddDays(i), $"BLS provider card {i}", "AHA", 100, Units.AamaCeu, "clinical", true, ActivityKinds.CprCard));
                if (i == 3) card.SplitAcross([new SplitShare("general", 40), new SplitShare("clinical", 60)]);
                card.CountToward(aama.CredentialId);
                db.Add(card);
            }
            var course = A.Activity(maria, new CeActivityDetails(on, "Split course", "AAMA", 600, Units.ContactHour, null, true));
            course.SplitAcross([new SplitShare("administrative", 250), new SplitShare("general", 350)]);
            course.CountToward(aama.CredentialId);
            course.CountToward(ncma.Id);
            course.CountToward(rma.Id);
            db.Add(course);
        });
        await using var scope = feeds.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<Infrastructure.Persistence.CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        credentials = await db.Credentials.AsNoTracking().Where(c => c.PersonId == maria).OrderBy(c => c.Id).ToListAsync(Ct);
    }

    public ValueTask DisposeAsync() => feeds.DisposeAsync();

    [Fact]
    public async Task Every_door_shows_the_same_status_earned_and_still_need()
    {
        using var mariaClient = await feeds.SignedInAsync(DemoPeople.Maria);
        using var rachel = await feeds.SignedInAsync(DemoPeople.Rachel);
        var me = await mariaClient.GetStringAsync(new Uri("/me", UriKind.Relative), Ct);
        var personPage = await rachel.GetStringAsync(new Uri($"/people/{maria}", UriKind.Relative), Ct);
        var export = await rachel.GetStringAsync(new Uri($"/staff/compliance.csv?asOf={Today:yyyy-MM-dd}", UriKind.Relative), Ct);
        var gridExport = await rachel.GetStringAsync(new Uri($"/staff/export.csv?asOf={Today:yyyy-MM-dd}", UriKind.Relative), Ct);
        var grid = await GridAsync();
        using var api = feeds.App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", (await feeds.App.NewTokenAsync(DemoPeople.Maria)).Secret);
        var list = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/people/{maria}/compliance", UriKind.Relative), Ct);
        var calendar = await feeds.CalendarAsync((await feeds.GetOrCreateAsync(DemoPeople.Maria))!);
        var reminders = await RemindersAsync();

        Assert.Equal(4, credentials.Count);
        var checkedNeeds = new List<string>();
        foreach (var credential in credentials)
        {
            var compliance = (await api.GetFromJsonAsync<JsonElement>(
                new Uri($"/api/v1/credentials/{credential.Id}", UriKind.Relative), Ct)).GetProperty("compliance");
            var truth = MachineDoors.FromApi("API credential", compliance);
            var ceDue = compliance.GetProperty("cycle").GetProperty("ceCompleteBy").GetString();
            List<DoorView> doors =
            [
                HtmlCards.Read("/me", me, credential.Id),
                HtmlCards.Read("/people/{id}", personPage, credential.Id),
                MachineDoors.FromCsv(export, DemoPeople.Maria, credential.PackCode, credential.Number) with { Door = "compliance CSV" },
                MachineDoors.FromCsv(gridExport, DemoPeople.Maria, credential.PackCode, credential.Number) with { Door = "staff grid CSV" },
                Grid(grid, credential.Id),
                MachineDoors.FromApi("API compliance list", list.GetProperty("items").EnumerateArray()
                    .Single(i => i.GetProperty("credentialId").GetInt64() == credential.Id).GetProperty("compliance")),
                .. MachineDoors.FromFeed(calendar, credential.Id),
                .. ReminderLines(reminders, $"{credential.PackCode}: CE due {ceDue} "),
            ];
            Assert.All(doors, door => door.AssertShows(truth));
            checkedNeeds.AddRange(doors.Where(d => d.StillNeedSummary is not null && d.Earned is null).Select(d => d.Door));
        }
        // The calendar and the reminders were not silent: the crafted RMA's need shows in both.
        Assert.Contains(checkedNeeds, d => d.StartsWith("reminder", StringComparison.Ordinal));
        Assert.Contains(checkedNeeds, d => d.StartsWith("calendar", StringComparison.Ordinal));
        // The crafted CE counts: of four CPR cards three (12 points), and the 6-hour split course.
        var aama = HtmlCards.Read("/me", me, aamaId);
        Assert.Equal(aamaEarnedBefore + 12m + 6m, aama.Earned);
    }

    private async Task<IReadOnlyList<StaffRow>> GridAsync()
    {
        await using var scope = feeds.App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<OpenStaffGrid>()
            .HandleAsync(await feeds.ScopeOfAsync(DemoPeople.Rachel), new StaffGridRequest(AsOf: Today), Ct);
        Assert.True(result.IsDone, result.Message);
        return result.Value!.Rows;
    }

    private static DoorView Grid(IReadOnlyList<StaffRow> rows, long credentialId)
    {
        var row = Assert.Single(rows, r => r.CredentialId == credentialId);
        return new DoorView("staff grid", row.Status, row.Earned, row.StillNeed, row.StillNeedSummary == "—" ? null : row.StillNeedSummary);
    }

    private async Task<PlanningReport> RemindersAsync()
    {
        await using var scope = feeds.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReminderPlanning>().PlanAsync(Today, dryRun: true, Ct);
    }

    // The planner's lines for Maria that carry a figure: a CE reminder ends with the still-need sentence. The pack
    // and the due date pick the credential (Maria holds two RMA-AMT).
    private IEnumerable<DoorView> ReminderLines(PlanningReport report, string prefix) =>
        report.Emails.Where(e => e.PersonId == maria).SelectMany(e => e.Lines)
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => new DoorView($"reminder \"{l}\"", null, null, null, l[(l.IndexOf("): ", StringComparison.Ordinal) + 3)..]));
}
