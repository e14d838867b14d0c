using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using CmaRenewal.Web.Features.Access;
using CmaRenewal.Web.Features.MyCredentials;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>A hand-set expiry needs a reason, and the reason lands in the audit trail with the date.</summary>
public sealed class CredentialCommandsTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private SqliteTestDatabase database = null!;
    private long ana;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(Ct);
        var clinic = (await database.SaveAsync(A.Clinic(), Ct)).Id;
        ana = (await database.SaveAsync(A.Person(clinic), Ct)).Id;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public void OverrideWithoutReason_IsRefusedByTheForm()
    {
        var input = Input();
        input.OverrideReason = " ";

        var errors = input.Validate(Today, _ => true);

        Assert.Equal(["OverrideReason"], errors.Keys);
    }

    [Fact]
    public async Task OverrideWithReason_IsSaved_WithTheRenewal_AndAudited()
    {
        var factory = new OptionsDbContextFactory(database.Options("ana@example.org"));
        var commands = new CredentialCommands(factory, new CurrentUser(new SignedInAs(ana), new AccessScopes(factory)));

        Assert.Null(await commands.SaveAsync(ana, Input(), Ct));

        await using var db = database.CreateContext();
        var credential = await db.Credentials.Include(c => c.Renewals).SingleAsync(Ct);
        Assert.Equal((new DateOnly(2028, 6, 30), "Card printed with the extension"), (credential.ExpiresOnOverride, credential.OverrideReason));
        Assert.Equal([new DateOnly(2025, 6, 1)], credential.Renewals.Select(r => r.RenewedOn));
        var audit = await db.AuditEntries.Where(e => e.EntityType == "Credential").ToListAsync(Ct);
        Assert.Contains(audit, e => e.Actor == "ana@example.org" && (e.AfterJson ?? "").Contains("Card printed with the extension", StringComparison.Ordinal));
    }

    private static CredentialInput Input() => new()
    {
        PackCode = "CMA-AAMA", Number = "CMA-1", CertifiedOn = "2020-05-10", LastRenewedOn = "2025-06-01",
        OverrideExpiry = true, ExpiresOn = "2028-06-30", OverrideReason = "Card printed with the extension",
    };
}
