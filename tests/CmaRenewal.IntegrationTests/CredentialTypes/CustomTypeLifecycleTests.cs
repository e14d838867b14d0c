using CmaRenewal.Application.Credentials;
using CmaRenewal.Application.CredentialTypes;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CmaRenewal.TestKit.Dates;

namespace CmaRenewal.IntegrationTests.CredentialTypes;

/// <summary>
/// A type the admin defines in the running app is a rule pack like the shipped ones: an assistant adds a credential of
/// it, and the engine computes its cycle, status and fee from the type's rules; a restart keeps it.
/// </summary>
public sealed class CustomTypeLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CustomTypeDraft Acls() => new()
    {
        Credential = "acls", Body = "aha", Name = "Advanced Cardiovascular Life Support", CycleMonths = 24,
        Anchor = ExpiryAnchor.EndOfMonth, ReanchorOn = Reanchor.RenewalDate, CeTotal = 4, CeUnit = Units.ContactHour, FeeAmount = 150,
    };

    [Fact]
    public async Task ADefinedType_TakesCredentials_WhoseCycleAndStatusTheEngineComputes()
    {
        await using var app = new AppFactory { Clock = new FakeTimeProvider(Now) };
        var services = app.ServicesActingAs(DemoPeople.Ada);
        await using (var scope = services.CreateAsyncScope())
        {
            var defined = await scope.ServiceProvider.GetRequiredService<CustomTypeService>()
                .DefineAsync(await services.ActorAsync(DemoPeople.Ada, Ct), Acls(), Ct);
            Assert.True(defined.IsDone, defined.Message);
        }

        long credentialId;
        await using (var scope = services.CreateAsyncScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
            var maria = await data.PersonIdAsync(DemoPeople.Maria, Ct);
            var added = await scope.ServiceProvider.GetRequiredService<CredentialHandler>().SaveAsync(
                await services.ActorAsync(DemoPeople.Maria, Ct), maria, new CredentialInput { PackCode = "ACLS-AHA", CertifiedOn = "2025-03-10" }, Ct);
            Assert.True(added.IsDone, added.Message);
            credentialId = added.Value;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var maria = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().PersonIdAsync(DemoPeople.Maria, Ct);
            var rows = await scope.ServiceProvider.GetRequiredService<ComplianceQueries>().EvaluateAsync(ComplianceScope.Person(maria), D("2027-01-15"), Ct);
            var acls = Assert.Single(rows, r => r.CredentialId == credentialId).Result;

            // Certified March 2025, 24 months to the end of the month; 4 contact hours and a $150 fee per cycle. On 15 January
            // the CE is short 75 days before expiry: due soon.
            Assert.Equal((D("2025-03-10"), D("2027-03-31")), (acls.Cycle.Start, acls.Cycle.Expires));
            Assert.Equal(CredentialStatus.DueSoon, acls.Status);
            Assert.Equal(4, acls.Progress!.Total.Required);
            Assert.Equal(D("2027-03-31"), acls.Fee!.DueOn);
        }
    }

    [Fact]
    public async Task DefinedTypes_JoinTheCatalogAgainAtStart()
    {
        await using var app = new AppFactory { Clock = new FakeTimeProvider(Now) };
        var services = app.ServicesActingAs(DemoPeople.Ada);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CustomTypeService>().DefineAsync(await services.ActorAsync(DemoPeople.Ada, Ct), Acls(), Ct);
        var holder = scope.ServiceProvider.GetRequiredService<RuleCatalogHolder>();
        holder.Replace(holder.Shipped);

        await scope.ServiceProvider.GetRequiredService<RuleOverrides>().ReloadAsync(Ct);

        var pack = holder.Current["ACLS-AHA"];
        Assert.True(pack.DefinedByOrganisation);
        Assert.Equal(("Advanced Cardiovascular Life Support", "AHA", "ACLS"), (pack.Title, pack.Body, pack.Credential));
    }
}
