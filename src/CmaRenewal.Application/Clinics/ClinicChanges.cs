using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Clinics;

/// <summary>
/// One short-lived context per change, by an admin only. Entity guards (ArgumentException) are invalid with their
/// message, a database refusal is a conflict, and nothing is saved unless the change is done. A change is done with
/// how to read the id it answers, since a new clinic has one only once saved.
/// </summary>
internal static class ClinicChanges
{
    private static readonly AppText Text = new(typeof(ClinicChanges));

    public static string Gone => Text["Gone"];

    public static async Task<UseCaseResult<long>> SaveAsync(IDbContextFactory<CmaRenewalDbContext> factory, AccessScope actor, string field,
        Func<CmaRenewalDbContext, Task<UseCaseResult<Func<long>>>> change, CancellationToken ct)
    {
        if (AdminOnly.Refusal<long>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        try
        {
            var outcome = await change(db);
            if (!outcome.IsDone) return outcome.FailAs<long>();
            await db.SaveChangesAsync(ct);
            return UseCaseResult<long>.Done(outcome.Value!());
        }
        catch (ArgumentException ex)
        {
            return UseCaseResult<long>.Invalid(field, GuardMessage.Of(ex));
        }
        catch (DbUpdateException)
        {
            return UseCaseResult<long>.Conflict(AdminOnly.ChangedMeanwhile);
        }
    }

    public static Task<UseCaseResult<long>> EditAsync(IDbContextFactory<CmaRenewalDbContext> factory, AccessScope actor, long id, string field,
        Func<CmaRenewalDbContext, Clinic, Task<UseCaseResult<Func<long>>>> change, CancellationToken ct) =>
        SaveAsync(factory, actor, field, async db => await db.Clinics.SingleOrDefaultAsync(c => c.Id == id, ct) is { } clinic
            ? await change(db, clinic)
            : UseCaseResult<Func<long>>.NotFound(Gone), ct);
}
