using CmaRenewal.Core.Reminders;
using CmaRenewal.IntegrationTests.Jobs;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary><c>reminders run</c> against stand-in ports: what it asks the planner and sender, and what it prints.</summary>
public sealed class RemindersRunCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly PlannedEmail MariaEmail = new(1, "maria@x", new DateOnly(2026, 12, 1),
        ["CE: 4 hours still needed by 2026-12-31", "Fee: recertification due 2027-01-15"]);

    [Fact]
    public async Task DryRun_ListsEachEmail_AndSendsNothing()
    {
        await using var app = new AppFactory();
        var ports = new RecordingReminderPorts { Planned = new PlanningReport(5, 2, 1, [MariaEmail]) };
        var output = new StringWriter();

        var exit = await AdminCommand.Parse(["reminders", "run", "--as-of", "2026-12-01", "--dry-run"])!
            .RunAsync(app.WithPorts(ports).Services, output, Ct);

        Assert.Equal(0, exit);
        Assert.Equal(["plan 2026-12-01 dry-run=True"], ports.Calls);
        Assert.Equal(
            "would email maria@x for 2026-12-01:\n" +
            "  - CE: 4 hours still needed by 2026-12-31\n" +
            "  - Fee: recertification due 2027-01-15\n" +
            "Dry run: checked 5 people; would plan 2 reminders in 1 emails and cancel 1. Nothing was written or sent.\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Run_PlansForNowThenSends_AndSummarises()
    {
        await using var app = new AppFactory();
        var ports = new RecordingReminderPorts
        {
            Planned = new PlanningReport(5, 3, 0, [MariaEmail, MariaEmail with { To = "tom@x" }]),
            Sent = new SendReport(1, 1, 0),
        };
        var output = new StringWriter();

        var exit = await AdminCommand.Parse(["reminders", "run"])!.RunAsync(app.WithPorts(ports).Services, output, Ct);

        Assert.Equal(0, exit);
        Assert.Equal(["plan now dry-run=False", "send"], ports.Calls);
        Assert.Equal("Planned 3 reminders in 2 emails; sent 1, will retry 1, failed 0.", output.ToString().Trim());
    }
}
