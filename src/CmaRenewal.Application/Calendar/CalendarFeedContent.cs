using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Calendar;
using CmaRenewal.Infrastructure.Calendar;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Calendar;

/// <summary>
/// What one feed holds when fetched: the engine's milestones for the owner's own credentials, or for the active
/// staff of one clinic they manage, judged on the owner's today, written as iCalendar (the writer is Infrastructure's)
/// in the owner's language: a calendar app fetches the feed, so there is no browser to ask.
/// </summary>
public sealed class CalendarFeedContent(
    IDbContextFactory<CmaRenewalDbContext> factory, ComplianceQueries queries, PersonClock clock, TimeProvider time)
{
    private static readonly AppText Text = new(typeof(FeedEvents));

    /// <summary>The feed's document; events link back to the pages under <paramref name="links"/>.</summary>
    public async Task<string> WriteAsync(CalendarFeed feed, AccessScope owner, FeedLinks links, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(owner);
        var asOf = await clock.TodayForAsync(owner.PersonId, ct);
        var scope = feed.ClinicId is { } clinicId ? ComplianceScope.Clinic(clinicId) : ComplianceScope.Person(owner.PersonId);
        var rows = (await queries.EvaluateAsync(scope, asOf, ct))
            // Belt and braces: a person feed holds only the owner's credentials; a clinic feed leaves out deactivated staff.
            .Where(r => feed.ClinicId is null ? r.PersonId == owner.PersonId : r.PersonIsActive && owner.CanSeeClinic(r.ClinicId));
        var (person, clinic, language) = await NamesAsync(feed, ct);
        using (AppCulture.Use(language))
        {
            var events = FeedEvents.For(rows, forClinic: feed.ClinicId is not null, links);
            var name = clinic is null ? $"CmaRenewal · {person}" : Text.Format("StaffFeedName", clinic);
            return IcsDocument.Write(name, events, time.GetUtcNow());
        }
    }

    /// <summary>The owner's name and language (null: English), and the clinic's name for a clinic feed.</summary>
    private async Task<(string Person, string? Clinic, string? Language)> NamesAsync(CalendarFeed feed, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var owner = await db.People.Where(p => p.Id == feed.PersonId).Select(p => new { p.FirstName, p.LastName, p.Language }).SingleAsync(ct);
        var clinic = feed.ClinicId is { } clinicId ? await db.Clinics.Where(c => c.Id == clinicId).Select(c => c.Name).SingleAsync(ct) : null;
        return ($"{owner.FirstName} {owner.LastName}", clinic, owner.Language);
    }
}
