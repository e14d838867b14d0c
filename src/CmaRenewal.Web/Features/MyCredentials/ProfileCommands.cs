using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.MyCredentials;

/// <summary>The signed-in person's own settings: their time zone (null: their clinic's).</summary>
public sealed class ProfileCommands(IDbContextFactory<CmaRenewalDbContext> factory, CurrentUser user)
{
    /// <summary>IANA ids the server knows, for the picker.</summary>
    public static IReadOnlyList<string> Zones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)];

    public async Task<(string? Zone, string ClinicZone)?> LoadAsync(CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.People.AsNoTracking().Where(p => p.Id == scope.PersonId)
            .Select(p => new { p.TimeZone, Clinic = db.Clinics.Where(c => c.Id == p.ClinicId).Select(c => c.TimeZone).First() })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : (row.TimeZone, row.Clinic);
    }

    public async Task<string?> SetTimeZoneAsync(string? zone, CancellationToken ct)
    {
        if (zone is not null && !Zones.Contains(zone, StringComparer.Ordinal)) return "Choose a time zone from the list.";
        var scope = await user.ScopeAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == scope.PersonId, ct);
        if (person is null) return "Your profile was not found.";
        person.UseTimeZone(zone);
        await db.SaveChangesAsync(ct);
        return null;
    }
}
