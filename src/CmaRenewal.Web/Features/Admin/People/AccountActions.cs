using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Admin.People;

/// <summary>
/// Sign-in account actions. Each runs in its own service scope, so Identity's context lives for one action and not
/// for the whole circuit (accounts are not in the audit trail; people are).
/// </summary>
public sealed class AccountActions(IServiceScopeFactory scopes)
{
    public Task<AdminOutcome> RenewStampAsync(long personId, CancellationToken ct) =>
        WithUserAsync(personId, (users, user) => users.UpdateSecurityStampAsync(user), missingIsFine: true, ct);

    public Task<AdminOutcome> UnlockAsync(long personId, CancellationToken ct) =>
        WithUserAsync(personId, async (users, user) =>
        {
            var result = await users.SetLockoutEndDateAsync(user, null);
            return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
        }, missingIsFine: false, ct);

    private async Task<AdminOutcome> WithUserAsync(long personId, Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> action,
        bool missingIsFine, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.SingleOrDefaultAsync(u => u.PersonId == personId, ct);
        if (user is null) return missingIsFine ? AdminOutcome.Done : AdminOutcome.Fail("This person has no sign-in account.");
        var result = await action(users, user);
        return result.Succeeded ? AdminOutcome.Done : AdminOutcome.Fail(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
