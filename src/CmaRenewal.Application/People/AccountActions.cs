using CmaRenewal.Application.Localization;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.Application.People;

/// <summary>
/// Sign-in account actions, done with the person's id. Each runs in its own service scope, so Identity's context lives
/// for one action and not for the whole circuit (accounts are not in the audit trail; people are). Callers check who
/// may act first.
/// </summary>
public sealed class AccountActions(IServiceScopeFactory scopes)
{
    private static readonly AppText Text = new(typeof(AccountActions));

    public static string NoAccount => Text["NoAccount"];

    public Task<UseCaseResult<long>> RenewStampAsync(long personId, CancellationToken ct) =>
        WithUserAsync(personId, (users, user) => users.UpdateSecurityStampAsync(user), missingIsFine: true, ct);

    public Task<UseCaseResult<long>> UnlockAsync(long personId, CancellationToken ct) =>
        WithUserAsync(personId, async (users, user) =>
        {
            var result = await users.SetLockoutEndDateAsync(user, null);
            return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
        }, missingIsFine: false, ct);

    private async Task<UseCaseResult<long>> WithUserAsync(long personId, Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> action,
        bool missingIsFine, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.SingleOrDefaultAsync(u => u.PersonId == personId, ct);
        if (user is null) return missingIsFine ? UseCaseResult<long>.Done(personId) : UseCaseResult<long>.NotFound(NoAccount);
        var result = await action(users, user);
        return result.Succeeded
            ? UseCaseResult<long>.Done(personId)
            : UseCaseResult<long>.Invalid("Account", string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
