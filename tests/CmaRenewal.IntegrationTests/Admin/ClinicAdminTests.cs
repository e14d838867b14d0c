using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Clinics;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
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
        var ada = await scope.ServiceProvider.AdminAsync(Ct);

        Assert.True((await clinics.CreateAsync(ada, "Hillside", "America/Denver", Ct)).IsDone);
        var hillside = (await clinics.ListAsync(ada, Ct)).Value!.Single(c => c.Name == "Hillside");
        Assert.True((await clinics.RenameAsync(ada, hillside.Id, "Hillside", "Hillside North", Ct)).IsDone);
        var victor = (await clinics.ManagersAsync(ada, Ct)).Value!.Single(m => m.Name.Contains("Victor", StringComparison.Ordinal));
        Assert.True((await scope.ServiceProvider.GetRequiredService<ClinicManagerLinks>().AssignAsync(ada, hillside.Id, victor.Id, Ct)).IsDone);

        var row = (await clinics.ListAsync(ada, Ct)).Value!.Single(c => c.Id == hillside.Id);
        Assert.Equal("Hillside North", row.Name);
        Assert.Equal([victor], row.Managers);
    }

    [Theory]
    [InlineData("", "America/Denver", "Name is required.")]
    [InlineData("Hillside", "Mountain Time", "Choose a time zone from the list.")]
    public async Task Create_WithBadInput_SavesNothingAndSaysWhy(string name, string zone, string message)
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var ada = await scope.ServiceProvider.AdminAsync(Ct);
        var before = (await clinics.ListAsync(ada, Ct)).Value!.Count;

        var outcome = await clinics.CreateAsync(ada, name, zone, Ct);

        Assert.Contains(message, outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await clinics.ListAsync(ada, Ct)).Value!.Count);
    }

    [Fact]
    public async Task Rename_FromAStaleName_SavesNothing()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var ada = await scope.ServiceProvider.AdminAsync(Ct);
        var first = (await clinics.ListAsync(ada, Ct)).Value![0];

        var outcome = await clinics.RenameAsync(ada, first.Id, "Not what it was", "Renamed", Ct);

        Assert.Equal(AdminOnly.ChangedMeanwhile, outcome.Message);
        Assert.Equal(first.Name, (await clinics.ListAsync(ada, Ct)).Value![0].Name);
    }

    [Fact]
    public async Task ReminderDays_AreSavedNormalised_AndAudited()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var ada = await scope.ServiceProvider.AdminAsync(Ct);
        var first = (await clinics.ListAsync(ada, Ct)).Value![0];

        var outcome = await clinics.UseReminderDaysAsync(ada, first.Id, first.Reminders, new ReminderDays("7 30,90", null, "14"), Ct);

        Assert.True(outcome.IsDone, outcome.Message);
        Assert.Equal(new ReminderDays("90, 30, 7", null, "14"), (await clinics.ListAsync(ada, Ct)).Value![0].Reminders);
        var trail = (await scope.ServiceProvider.GetRequiredService<AuditQuery>()
            .PageAsync(ada, new AuditFilter(EntityType: "Clinic", EntityId: first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), 0, 10, Ct)).Value!;
        Assert.Contains(trail.Entries, e => e.Actor == DemoPeople.Ada && e.Changes.Any(c => c.Text == "CE reminder days: 90, 30, 7"));
    }

    [Fact]
    public async Task ReminderDays_ThatAreNotDays_AreRefusedWithTheReason_AndNothingIsSaved()
    {
        await using var app = new AppFactory();
        await using var scope = app.ServicesActingAs(DemoPeople.Ada).CreateAsyncScope();
        var clinics = scope.ServiceProvider.GetRequiredService<ClinicAdmin>();
        var ada = await scope.ServiceProvider.AdminAsync(Ct);
        var first = (await clinics.ListAsync(ada, Ct)).Value![0];

        var outcome = await clinics.UseReminderDaysAsync(ada, first.Id, first.Reminders, new ReminderDays("30", "soon", null), Ct);

        Assert.StartsWith("'soon' is not a number of days between 1 and", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(first.Reminders, (await clinics.ListAsync(ada, Ct)).Value![0].Reminders);
    }
}
