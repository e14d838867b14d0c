using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Features.Admin;
using CmaRenewal.Web.Features.Admin.Clinics;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Admin;

public sealed class ClinicAdminTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_Rename_AndLinkAManager()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();

        Assert.True((await clinics.CreateAsync("Hillside", "America/Denver", Ct)).Ok);
        var hillside = (await clinics.ListAsync(Ct)).Single(c => c.Name == "Hillside");
        Assert.True((await clinics.RenameAsync(hillside.Id, "Hillside", "Hillside North", Ct)).Ok);
        var victor = (await clinics.ManagersAsync(Ct)).Single(m => m.Name.Contains("Victor", StringComparison.Ordinal));
        Assert.True((await scope.ServiceProvider.GetRequiredService<ClinicManagerLinks>().AssignAsync(hillside.Id, victor.Id, Ct)).Ok);

        var row = (await clinics.ListAsync(Ct)).Single(c => c.Id == hillside.Id);
        Assert.Equal("Hillside North", row.Name);
        Assert.Equal([victor], row.Managers);
    }

    [Theory]
    [InlineData("", "America/Denver", "name is required.")]
    [InlineData("Hillside", "Mountain Time", "is not an IANA time zone id.")]
    public async Task Create_WithBadInput_SavesNothingAndSaysWhy(string name, string zone, string message)
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var before = (await clinics.ListAsync(Ct)).Count;

        var outcome = await clinics.CreateAsync(name, zone, Ct);

        Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await clinics.ListAsync(Ct)).Count);
    }

    [Fact]
    public async Task Rename_FromAStaleName_SavesNothing()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var first = (await clinics.ListAsync(Ct))[0];

        var outcome = await clinics.RenameAsync(first.Id, "Not what it was", "Renamed", Ct);

        Assert.Equal(AdminOutcome.ChangedMeanwhile, outcome.Error);
        Assert.Equal(first.Name, (await clinics.ListAsync(Ct))[0].Name);
    }

    [Fact]
    public async Task ReminderDays_AreSavedNormalised_AndAudited()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var first = (await clinics.ListAsync(Ct))[0];

        var outcome = await clinics.UseReminderDaysAsync(first.Id, first.Reminders, new ReminderDays("7 30,90", null, "14"), Ct);

        Assert.True(outcome.Ok, outcome.Error);
        Assert.Equal(new ReminderDays("90, 30, 7", null, "14"), (await clinics.ListAsync(Ct))[0].Reminders);
        var trail = await scope.ServiceProvider.GetRequiredService<Web.Features.Admin.Audit.AuditQuery>()
            .PageAsync(new Web.Features.Admin.Audit.AuditFilter(EntityType: "Clinic", EntityId: first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), 0, 10, Ct);
        Assert.Contains(trail.Entries, e => e.Actor == DemoPeople.Ada && (e.AfterJson ?? "").Contains("90, 30, 7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReminderDays_ThatAreNotDays_AreRefusedWithTheReason_AndNothingIsSaved()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var first = (await clinics.ListAsync(Ct))[0];

        var outcome = await clinics.UseReminderDaysAsync(first.Id, first.Reminders, new ReminderDays("30", "soon", null), Ct);

        Assert.StartsWith("'soon' is not a number of days between 1 and", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(first.Reminders, (await clinics.ListAsync(Ct))[0].Reminders);
    }
}
