using System.Globalization;
using System.Security.Claims;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Access;

/// <summary>Reads a person's <see cref="AccessScope"/> from the database (role and managed clinics change at any time).</summary>
public sealed class AccessScopes(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public async Task<AccessScope> ForPersonAsync(long personId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.IsActive)
            .Select(p => new { p.Id, p.Role }).SingleOrDefaultAsync(ct);
        if (person is null) return AccessScope.Nobody;
        var clinics = await db.ClinicManagers.AsNoTracking().Where(m => m.PersonId == personId).Select(m => m.ClinicId).ToListAsync(ct);
        return new AccessScope(person.Id, person.Role, clinics.ToHashSet());
    }

    /// <summary>The scope of a signed-in user (cookie or API token) by their person-id claim; nobody's without one.</summary>
    public async Task<AccessScope> ForUserAsync(ClaimsPrincipal user, CancellationToken ct) =>
        long.TryParse(user.FindFirst(AppClaims.PersonId)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var personId)
            ? await ForPersonAsync(personId, ct)
            : AccessScope.Nobody;

    /// <summary>The person as the access rules judge them; null when there is no such person.</summary>
    public async Task<PersonRef?> PersonAsync(long personId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new PersonRef(p.Id, p.ClinicId, p.Role)).SingleOrDefaultAsync(ct);
    }
}
