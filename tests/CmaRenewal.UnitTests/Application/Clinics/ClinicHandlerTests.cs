using CmaRenewal.Application;
using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Clinics;
using CmaRenewal.Core.Common;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Clinics;

/// <summary>
/// Each typed result of clinic upkeep and manager links: admins only; a name another clinic has, or a value changed
/// since it was read, is a conflict; what the clinic or a link cannot be is invalid. A refused call changes nothing.
/// </summary>
public sealed class ClinicHandlerTests : WorldTableTests
{
    private delegate Task<UseCaseResult<long>> Call(HandlerWorld w, ClinicAdmin clinics, ClinicManagerLinks links, CancellationToken ct);

    private sealed record Seen(long Id, string Name, string TimeZone, ReminderDays Reminders);

    // The clinic of a person, as the admin page lists it.
    private static async Task<Seen> ClinicOfAsync(HandlerWorld w, long personId, CancellationToken ct)
    {
        await using var db = w.Database.CreateContext();
        return await db.People.Where(p => p.Id == personId).Join(db.Clinics, p => p.ClinicId, c => c.Id, (_, c) => c)
            .Select(c => new Seen(c.Id, c.Name, c.TimeZone, new ReminderDays(c.ReminderCeDays, c.ReminderFeeDays, c.ReminderExpirationDays)))
            .SingleAsync(ct);
    }

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["Ada the admin adds a clinic"] = async (w, c, _, ct) => await c.CreateAsync(await w.ActorAsync(w.Ada, ct), "Hillside", "America/Denver", ct),
        ["Ada renames Mo's clinic"] = async (w, c, _, ct) =>
        {
            var clinic = await ClinicOfAsync(w, w.Mo, ct);
            return await c.RenameAsync(await w.ActorAsync(w.Ada, ct), clinic.Id, clinic.Name, "Riverside North", ct);
        },
        ["Ada links Oz to Mo's clinic too"] = async (w, _, l, ct) =>
            await l.AssignAsync(await w.ActorAsync(w.Ada, ct), (await ClinicOfAsync(w, w.Mo, ct)).Id, w.Oz, ct),
        ["Mo the manager renames his own clinic"] = async (w, c, _, ct) =>
        {
            var clinic = await ClinicOfAsync(w, w.Mo, ct);
            return await c.RenameAsync(await w.ActorAsync(w.Mo, ct), clinic.Id, clinic.Name, "Mo's Clinic", ct);
        },
        ["Ana the assistant adds a clinic"] = async (w, c, _, ct) => await c.CreateAsync(await w.ActorAsync(w.Ana, ct), "Hillside", "America/Denver", ct),
        ["Oz links himself to Mo's clinic"] = async (w, _, l, ct) =>
            await l.AssignAsync(await w.ActorAsync(w.Oz, ct), (await ClinicOfAsync(w, w.Mo, ct)).Id, w.Oz, ct),
        ["Ada renames Mo's clinic to the other clinic's name"] = async (w, c, _, ct) =>
        {
            var clinic = await ClinicOfAsync(w, w.Mo, ct);
            return await c.RenameAsync(await w.ActorAsync(w.Ada, ct), clinic.Id, clinic.Name, (await ClinicOfAsync(w, w.Oz, ct)).Name, ct);
        },
        ["Ada adds a clinic with the other clinic's name"] = async (w, c, _, ct) =>
            await c.CreateAsync(await w.ActorAsync(w.Ada, ct), (await ClinicOfAsync(w, w.Oz, ct)).Name, "America/Denver", ct),
        ["Ada renames from a name it no longer has"] = async (w, c, _, ct) =>
            await c.RenameAsync(await w.ActorAsync(w.Ada, ct), (await ClinicOfAsync(w, w.Mo, ct)).Id, "Not what it was", "Renamed", ct),
        ["Ada renames a clinic that does not exist"] = async (w, c, _, ct) =>
            await c.RenameAsync(await w.ActorAsync(w.Ada, ct), 999_999, "Gone", "Renamed", ct),
        ["Ada links Mo again"] = async (w, _, l, ct) =>
            await l.AssignAsync(await w.ActorAsync(w.Ada, ct), (await ClinicOfAsync(w, w.Mo, ct)).Id, w.Mo, ct),
        ["Ada moves Mo's clinic to a zone that is not one"] = async (w, c, _, ct) =>
        {
            var clinic = await ClinicOfAsync(w, w.Mo, ct);
            return await c.ChangeTimeZoneAsync(await w.ActorAsync(w.Ada, ct), clinic.Id, clinic.TimeZone, "Mountain Time", ct);
        },
        ["Ada adds a clinic in a zone that is not one"] = async (w, c, _, ct) =>
            await c.CreateAsync(await w.ActorAsync(w.Ada, ct), "Hillside", "Mountain Time", ct),
        ["Ada sets reminder days that are not days"] = async (w, c, _, ct) =>
        {
            var clinic = await ClinicOfAsync(w, w.Mo, ct);
            return await c.UseReminderDaysAsync(await w.ActorAsync(w.Ada, ct), clinic.Id, clinic.Reminders, new ReminderDays("30", "soon", null), ct);
        },
        ["Ada links Ana the assistant as a manager"] = async (w, _, l, ct) =>
            await l.AssignAsync(await w.ActorAsync(w.Ada, ct), (await ClinicOfAsync(w, w.Mo, ct)).Id, w.Ana, ct),
    };

    /// <summary>Case → outcome, and the message (or, for invalid, the field) it names.</summary>
    public static TheoryData<string, UseCaseOutcome, string?> Cases => new()
    {
        { "Ada the admin adds a clinic", UseCaseOutcome.Done, null },
        { "Ada renames Mo's clinic", UseCaseOutcome.Done, null },
        { "Ada links Oz to Mo's clinic too", UseCaseOutcome.Done, null },
        { "Mo the manager renames his own clinic", UseCaseOutcome.Forbidden, AdminOnly.Refused },
        { "Ana the assistant adds a clinic", UseCaseOutcome.Forbidden, AdminOnly.Refused },
        { "Oz links himself to Mo's clinic", UseCaseOutcome.Forbidden, AdminOnly.Refused },
        { "Ada renames Mo's clinic to the other clinic's name", UseCaseOutcome.Conflict, "A clinic named 'Mesa Urgent Care' already exists." },
        { "Ada adds a clinic with the other clinic's name", UseCaseOutcome.Conflict, "A clinic named 'Mesa Urgent Care' already exists." },
        { "Ada renames from a name it no longer has", UseCaseOutcome.Conflict, AdminOnly.ChangedMeanwhile },
        { "Ada renames a clinic that does not exist", UseCaseOutcome.NotFound, "That clinic no longer exists." },
        { "Ada links Mo again", UseCaseOutcome.Conflict, ClinicManagerLinks.AlreadyLinked },
        { "Ada moves Mo's clinic to a zone that is not one", UseCaseOutcome.Invalid, "TimeZone" },
        { "Ada adds a clinic in a zone that is not one", UseCaseOutcome.Invalid, "TimeZone" },
        { "Ada sets reminder days that are not days", UseCaseOutcome.Invalid, "Reminders" },
        { "Ada links Ana the assistant as a manager", UseCaseOutcome.Invalid, "PersonId" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task EachCall_EndsWithItsTypedResult(string call, UseCaseOutcome outcome, string? messageOrField) =>
        ExpectAsync(() => Run(call), outcome, messageOrField);

    private Task<UseCaseResult<long>> Run(string call)
    {
        var factory = new OptionsDbContextFactory(World.Database.Options());
        return Calls[call](World, new ClinicAdmin(factory), new ClinicManagerLinks(factory), Ct);
    }

    [Fact]
    public async Task ANewClinic_AnswersItsOwnId()
    {
        var result = await Run("Ada the admin adds a clinic");

        await using var db = World.Database.CreateContext();
        Assert.Equal("Hillside", await db.Clinics.Where(c => c.Id == result.Value).Select(c => c.Name).SingleAsync(Ct));
    }

    [Theory]
    [InlineData("Ada adds a clinic in a zone that is not one")]
    [InlineData("Ada moves Mo's clinic to a zone that is not one")]
    public async Task AWrongZone_IsRefusedInWords_NeverWithTheGuardsParameterName(string call)
    {
        var result = await Run(call);

        Assert.Equal(TimeZoneChoices.Unknown, result.Message);
    }

    // Every clinic's name, zone and reminder days, and every manager link.
    protected override async Task<string> FingerprintAsync()
    {
        await using var db = World.Database.CreateContext();
        var clinics = await db.Clinics.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => c.Id + ":" + c.Name + ":" + c.TimeZone + ":" + c.ReminderCeDays + ":" + c.ReminderFeeDays).ToListAsync(Ct);
        var links = await db.ClinicManagers.AsNoTracking().OrderBy(m => m.ClinicId).ThenBy(m => m.PersonId)
            .Select(m => m.ClinicId + ":" + m.PersonId).ToListAsync(Ct);
        return string.Join("|", clinics) + "#" + string.Join("|", links);
    }
}
