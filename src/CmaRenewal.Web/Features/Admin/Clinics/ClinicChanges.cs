using CmaRenewal.Core.Clinics;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Admin.Clinics;

/// <summary>
/// One short-lived context per change; entity guards (ArgumentException) and database refusals become inline
/// messages, and nothing is saved unless the change says it is done.
/// </summary>
internal static class ClinicChanges
{
    public static async Task<AdminOutcome> SaveAsync(
        IDbContextFactory<CmaRenewalDbContext> factory, Func<CmaRenewalDbContext, Task<AdminOutcome>> change, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        try
        {
            var outcome = await change(db);
            if (outcome.Ok) await db.SaveChangesAsync(ct);
            return outcome;
        }
        catch (ArgumentException ex)
        {
            return AdminOutcome.Fail(ex.Message);
        }
        catch (DbUpdateException)
        {
            return AdminOutcome.Fail(AdminOutcome.ChangedMeanwhile);
        }
    }

    public static Task<AdminOutcome> EditAsync(IDbContextFactory<CmaRenewalDbContext> factory, long id,
        Func<CmaRenewalDbContext, Clinic, Task<AdminOutcome>> change, CancellationToken ct) =>
        SaveAsync(factory, async db => await db.Clinics.SingleOrDefaultAsync(c => c.Id == id, ct) is { } clinic
            ? await change(db, clinic)
            : AdminOutcome.Fail("That clinic no longer exists."), ct);
}
