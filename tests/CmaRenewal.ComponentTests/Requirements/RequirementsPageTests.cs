using System.Globalization;
using System.Security.Claims;
using CmaRenewal.Application.Requirements;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using CmaRenewal.Web.Features.Access;
using CmaRenewal.Web.Features.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.ComponentTests.Requirements;

/// <summary>The requirements page on a real database: an admin saves the default and sees it in words; a manager only reads.</summary>
public sealed class RequirementsPageTests : MudBlazorTestContext, IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private long admin, manager;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(Ct);
        var clinic = (await database.SaveAsync(A.Clinic(), Ct)).Id;
        admin = (await database.SaveAsync(A.Person(clinic, "ada@example.org", "Ada", role: PersonRole.Admin), Ct)).Id;
        manager = (await database.SaveAsync(A.Person(clinic, "mo@example.org", "Mo", role: PersonRole.Manager), Ct)).Id;
        await database.SaveAsync(new ClinicManager(manager, clinic), Ct);
        var factory = new OptionsDbContextFactory(database.Options());
        Services.AddSingleton<IDbContextFactory<CmaRenewalDbContext>>(factory);
        Services.AddSingleton<IRuleCatalogSource>(Packs.Shipped);
        Services.AddScoped<CredentialRequirements>();
        Services.AddSingleton(new AccessScopes(factory));
        Services.AddScoped<CurrentUser>();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Admin_SavesTheAssistantsDefault_AndReadsItBackInWords()
    {
        var cut = SaveAssistantsDefaultAsAdmin("cma-aama|rma-amt;BLS-AHA");

        cut.WaitForAssertion(() => Assert.Contains("One of CMA-AAMA, RMA-AMT; and BLS-AHA.",
            cut.Find("[data-testid=requirements-Assistant]").TextContent, StringComparison.Ordinal));
        await using var db = database.CreateContext();
        Assert.Equal("CMA-AAMA|RMA-AMT;BLS-AHA", (await db.CredentialRequirements.SingleAsync(Ct)).Groups);
    }

    [Fact]
    public void Admin_TypingAnUnknownCode_IsToldWhy_AndNothingIsSaved()
    {
        var cut = SaveAssistantsDefaultAsAdmin("ACLS-AHA");

        cut.WaitForAssertion(() => Assert.Equal("Not a credential type of this organisation: ACLS-AHA.",
            cut.Find("[data-testid=requirement-error]").TextContent));
    }

    [Fact]
    public void Manager_ReadsTheRequirements_WithoutAnEditor()
    {
        SignIn(manager);
        var cut = Render<RequirementsPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=requirement-text]")));
        Assert.Empty(cut.FindAll("[data-testid=requirement-editor]"));
        Assert.Contains("Nothing required.", cut.Find("[data-testid=requirements-Assistant]").TextContent, StringComparison.Ordinal);
    }

    // The admin types into the Assistants' organisation default and presses Save.
    private IRenderedComponent<RequirementsPage> SaveAssistantsDefaultAsAdmin(string text)
    {
        SignIn(admin);
        var cut = Render<RequirementsPage>();
        cut.WaitForElement("[data-testid=requirements-Assistant] [data-testid=requirement-editor]").QuerySelector("input")!.Change(text);
        cut.Find("[data-testid=requirements-Assistant] [data-testid=requirement-save]").Click();
        return cut;
    }

    private void SignIn(long personId) =>
        AddAuthorization().SetAuthorized("someone").SetClaims(new Claim(AppClaims.PersonId, personId.ToString(CultureInfo.InvariantCulture)));
}
