using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Profile;

/// <summary>A person's own time zone (null: their clinic's) and their clinic's, which applies when they have none.</summary>
public sealed record ZoneSetting(string? Zone, string ClinicZone);

/// <summary>The actor's own settings: their time zone. Everyone changes only their own.</summary>
public sealed class ProfileHandler(IDbContextFactory<CmaRenewalDbContext> factory)
{
    private static readonly AppText Text = new(typeof(ProfileHandler));

    // Read when the message is made, so it is in the language of whoever asked (ProfileHandler.resx / .es.resx).
    public static string NoProfile => Text["NoProfile"];
    public static string UnknownZone => Text["UnknownZone"];
    public static string UnknownLanguage => Text["UnknownLanguage"];

    public async Task<UseCaseResult<ZoneSetting>> ZoneAsync(AccessScope actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.People.AsNoTracking().Where(p => p.Id == actor.PersonId)
            .Select(p => new { p.TimeZone, Clinic = db.Clinics.Where(c => c.Id == p.ClinicId).Select(c => c.TimeZone).First() })
            .SingleOrDefaultAsync(ct);
        return row is null ? UseCaseResult<ZoneSetting>.NotFound(NoProfile) : UseCaseResult<ZoneSetting>.Done(new(row.TimeZone, row.Clinic));
    }

    /// <summary>Sets the actor's zone (null: follow the clinic's); done with their person id.</summary>
    public async Task<UseCaseResult<long>> SetTimeZoneAsync(AccessScope actor, string? zone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (zone is not null && TimeZoneChoices.Find(zone) is null) return UseCaseResult<long>.Invalid("TimeZone", UnknownZone);
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == actor.PersonId, ct);
        if (person is null) return UseCaseResult<long>.NotFound(NoProfile);
        person.UseTimeZone(zone);
        await db.SaveChangesAsync(ct);
        return UseCaseResult<long>.Done(person.Id);
    }

    /// <summary>Sets the actor's language (null: follow the browser's); done with their person id.</summary>
    public async Task<UseCaseResult<long>> SetLanguageAsync(AccessScope actor, string? language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (language is not null && Languages.Find(language) is null) return UseCaseResult<long>.Invalid("Language", UnknownLanguage);
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == actor.PersonId, ct);
        if (person is null) return UseCaseResult<long>.NotFound(NoProfile);
        person.UseLanguage(language is null ? null : Languages.Find(language));
        await db.SaveChangesAsync(ct);
        return UseCaseResult<long>.Done(person.Id);
    }
}
