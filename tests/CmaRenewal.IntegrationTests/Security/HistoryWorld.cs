using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.MyCredentials;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// The demo app with Maria holding 20,000 more CE entries ("History entry 00001" … "20000", the highest newest, all
/// newer than her demo CE), linked to her CMA, plus two titles that only differ by a LIKE wildcard. The outside probe
/// found /me rendering every one of them.
/// </summary>
public sealed class HistoryWorld : IAsyncLifetime
{
    public const int Bulk = 20_000;
    public const string Percent = "Infection control 100% online";
    public const string NotPercent = "Infection control 1000 online";

    public AppFactory App { get; } = new();

    public long MariaId { get; private set; }

    public static string Title(int n) => $"History entry {n:00000}";

    public async ValueTask InitializeAsync()
    {
        MariaId = await AppData.PersonIdAsync(App, DemoPeople.Maria);
        await using var db = AppData.Open(App);
        var cma = await db.Credentials.Where(c => c.PersonId == MariaId && c.PackCode == "CMA-AAMA").Select(c => c.Id).SingleAsync();
        var nextId = await db.CeActivities.MaxAsync(a => a.Id) + 1;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var activities = await BulkTable.OpenAsync<CeActivity>(db, default, "Id", "PersonId", "CompletedOn", "Title",
            "Provider", "AmountHundredths", "Unit", "Kind", "Category", "IsApprovedProvider", "Verification", "CreatedAtUtc", "Version"))
        await using (var links = await BulkTable.OpenAsync<CeActivityCredential>(db, default, "ActivityId", "CredentialId", "CompletedOn"))
        {
            var titles = Enumerable.Range(1, Bulk).Select(n => (Title: Title(n), Days: (Bulk - n) / 200 + 1))
                .Append((Percent, 150)).Append((NotPercent, 150));
            foreach (var (title, days) in titles)
            {
                var id = nextId++;
                var on = today.AddDays(-days);
                await activities.InsertAsync(default, id, MariaId, on, title, "AAMA", 10L, Units.AamaCeu, ActivityKinds.Course,
                    "general", true, nameof(VerificationStatus.Verified), DateTime.UtcNow, Guid.NewGuid());
                await links.InsertAsync(default, id, cma, on);
            }
        }
        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
