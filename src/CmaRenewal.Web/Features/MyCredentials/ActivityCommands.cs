using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Features.Access;
using CmaRenewal.Web.Features.Certificates;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.MyCredentials;

/// <summary>
/// Saves, deletes, verifies and rejects CE entries. Each returns null on success or the message to show; every call
/// re-checks who may do it, so a tampered id never reaches another person's data.
/// </summary>
public sealed class ActivityCommands(
    IDbContextFactory<CmaRenewalDbContext> factory, CurrentUser user, CertificateIntake intake, TimeProvider time)
{
    public const string Conflict = "Someone else changed this entry while you had it open. Nothing was saved: reload to see their change.";
    public const string Gone = "This entry no longer exists.";

    // today is in the person's zone: the form checked the same rules; this guards the save itself.
    public async Task<string?> SaveAsync(long personId, CeActivityInput input, DateOnly today, CancellationToken ct) =>
        (await SaveWithIdAsync(personId, input, today, ct)).Error;

    /// <summary>As <see cref="SaveAsync"/>, also giving the saved entry's id (the API answers with it).</summary>
    public async Task<(long? Id, string? Error)> SaveWithIdAsync(long personId, CeActivityInput input, DateOnly today, CancellationToken ct)
    {
        var (activity, error) = await SaveEntryAsync(personId, input, today, ct);
        return (error is null ? activity?.Id : null, error);
    }

    private async Task<(CeActivity? Activity, string? Error)> SaveEntryAsync(long personId, CeActivityInput input, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Refusal(await user.AccessToPersonAsync(personId, ct)) is { } refused) return (null, refused);
        if (CeActivityRules.Validate(input, today).Values.FirstOrDefault() is { } invalid) return (null, invalid);
        await using var db = await factory.CreateDbContextAsync(ct);
        var shares = input.IsSplit
            ? input.SplitAmounts.Where(s => s.Value > 0m).Select(s => new SplitShare(s.Key, (long)(s.Value!.Value * 100m))).ToList()
            : [];
        // A split is applied after the details; revising first with one category clears any earlier split.
        var details = new CeActivityDetails(CeActivityRules.ParseDate(input.CompletedOn)!.Value, input.Title!.Trim(), input.Provider!.Trim(),
            (long)(input.Amount!.Value * 100m), input.Unit, shares.Count > 0 ? shares[0].Category : NullIfBlank(input.Category),
            input.ApprovedProvider, ApprovalNumber: NullIfBlank(input.ApprovalNumber));
        CeActivity? activity;
        if (input.ActivityId is { } id)
        {
            activity = await Own(db, id, personId, ct);
            if (activity is null) return (null, Gone);
            if (activity.Verification == VerificationStatus.Verified) return (null, "A verified entry cannot be changed.");
            db.Entry(activity).Property(a => a.Version).OriginalValue = input.Version ?? Guid.Empty;
            activity.Revise(details);
        }
        else
        {
            activity = new CeActivity(personId, details, time.GetUtcNow().UtcDateTime);
            db.CeActivities.Add(activity);
        }
        if (shares.Count > 0) activity.SplitAcross(shares);
        if (await LinkAsync(db, activity, personId, input.CredentialIds, ct) is { } linkProblem) return (null, linkProblem);
        if (input.Certificate is not { } pending) return (activity, await SaveChangesAsync(db, ct));
        // Stored before the row, so a row never points at nothing; removed again when the row is not saved.
        var (file, error) = await intake.AcceptAsync(pending.FileName, new MemoryStream(pending.Content), ct);
        if (file is null) return (null, error);
        activity.AttachCertificate(file);
        var saved = false;
        try
        {
            var problem = await SaveChangesAsync(db, ct);
            saved = problem is null;
            return (activity, problem);
        }
        finally
        {
            if (!saved) intake.Discard(file);
        }
    }

    public async Task<string?> DeleteAsync(long personId, long activityId, Guid version, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await Own(db, activityId, personId, ct);
        if (activity is null) return Gone;
        if (activity.Verification == VerificationStatus.Verified) return "A verified entry cannot be deleted.";
        db.Entry(activity).Property(a => a.Version).OriginalValue = version;
        db.CeActivities.Remove(activity);
        return await SaveChangesAsync(db, ct);
    }

    public Task<string?> VerifyAsync(long activityId, Guid version, CancellationToken ct) =>
        JudgeAsync(activityId, version, a => a.Verify(), ct);

    public Task<string?> RejectAsync(long activityId, Guid version, string? comment, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(comment)
            ? Task.FromResult<string?>("Say why it is rejected: the assistant sees this comment.")
            : JudgeAsync(activityId, version, a => a.Reject(comment.Trim()), ct);

    private async Task<string?> JudgeAsync(long activityId, Guid version, Action<CeActivity> judge, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await db.CeActivities.SingleOrDefaultAsync(a => a.Id == activityId, ct);
        // Nobody verifies their own CE, and only managers who may change the person (or admins) verify at all.
        if (activity is null || !scope.IsManager || activity.PersonId == scope.PersonId) return Gone;
        if (Refusal(await user.AccessToPersonAsync(activity.PersonId, ct)) is { } refused) return refused;
        db.Entry(activity).Property(a => a.Version).OriginalValue = version;
        judge(activity);
        return await SaveChangesAsync(db, ct);
    }

    /// <summary>The message for a write about a person the caller may not change: gone when unseen, else the rule's reason.</summary>
    internal static string? Refusal(PersonAccess access) => access switch
    {
        PersonAccess.None => Gone,
        PersonAccess.See => AccessScope.CannotChange,
        _ => null,
    };

    // Only the person changes their own entries; a manager verifies or rejects them instead.
    private async Task<CeActivity?> Own(CmaRenewalDbContext db, long activityId, long personId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        if (scope.PersonId != personId) return null;
        return await db.CeActivities.Include(a => a.Splits).Include(a => a.CountsToward)
            .SingleOrDefaultAsync(a => a.Id == activityId && a.PersonId == personId, ct);
    }

    private static async Task<string?> LinkAsync(CmaRenewalDbContext db, CeActivity activity, long personId, HashSet<long> wanted, CancellationToken ct)
    {
        var own = await db.Credentials.Where(c => c.PersonId == personId).Select(c => c.Id).ToListAsync(ct);
        try
        {
            foreach (var link in activity.CountsToward.Where(l => !wanted.Contains(l.CredentialId)).ToList()) activity.StopCountingToward(link.CredentialId);
            foreach (var id in wanted.Where(own.Contains)) activity.CountToward(id);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    private static async Task<string?> SaveChangesAsync(CmaRenewalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
