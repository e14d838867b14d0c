using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>One demo sign-in per role, printed at start and by <c>seed-demo</c>.</summary>
public sealed record DemoLogin(string Role, string Name, string Email)
{
    public string Text => $"Demo login ({Role}): {Email} / {DemoAccounts.Password} ({Name})";
}

/// <summary>
/// Sign-in accounts for the small demo's people (confirmed, one shared password that is printed at start).
/// Only ever used on demo data: the addresses are under the reserved <c>.test</c> domain.
/// </summary>
public sealed class DemoAccounts(UserManager<AppUser> users, IDbContextFactory<CmaRenewalDbContext> factory)
{
    public const string Password = "Demo-pass-2026";
    private const string DemoDomain = "@demo.cmarenewal.test";

    /// <summary>
    /// What the first start and the <c>seed-demo</c> verb both do after seeding: accounts for the demo people who have
    /// none, then the logins to print. Safe to repeat; an account that exists is left alone.
    /// </summary>
    public async Task<IReadOnlyList<DemoLogin>> PrepareAsync(CancellationToken ct)
    {
        await CreateAsync(ct);
        return await LoginsAsync(ct);
    }

    public async Task CreateAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.Email.EndsWith(DemoDomain)).ToListAsync(ct);
        foreach (var person in people)
        {
            if (await users.FindByEmailAsync(person.Email) is not null) continue;
            var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo account {person.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>The first active demo account of each role, for the start-up banner.</summary>
    public async Task<IReadOnlyList<DemoLogin>> LoginsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Users.AsNoTracking()
            .Join(db.People, u => u.PersonId, p => (long?)p.Id, (u, p) => new { p.Role, p.FirstName, p.LastName, u.Email, p.IsActive, p.Id })
            .Where(x => x.IsActive && x.Email!.EndsWith(DemoDomain))
            .OrderBy(x => x.Id)
            .ToListAsync(ct);
        return [.. rows.GroupBy(x => x.Role).OrderByDescending(g => g.Key)
            .Select(g => g.First()).Select(x => new DemoLogin(x.Role.ToString(), $"{x.FirstName} {x.LastName}", x.Email!))];
    }
}
