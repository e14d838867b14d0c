using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Access;

/// <summary>Saving with optimistic concurrency: a row changed meanwhile is a conflict, never a lost update.</summary>
internal static class SaveChanges
{
    /// <summary>
    /// Done with <paramref name="value"/>, or a conflict with <paramref name="stale"/>. With <paramref name="duplicate"/>,
    /// a broken unique constraint is a conflict with that message too.
    /// </summary>
    public static async Task<UseCaseResult<T>> SaveAsync<T>(this CmaRenewalDbContext db, Func<T> value, string stale, CancellationToken ct,
        string? duplicate = null)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return UseCaseResult<T>.Done(value());
        }
        catch (DbUpdateConcurrencyException)
        {
            return UseCaseResult<T>.Conflict(stale);
        }
        catch (DbUpdateException) when (duplicate is not null)
        {
            return UseCaseResult<T>.Conflict(duplicate);
        }
    }
}
