using CmaRenewal.Application.Access;
using CmaRenewal.Application.Certificates;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.Notices;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.ContinuingEducation;

/// <summary>
/// Logs, corrects, deletes (and undeletes), verifies and rejects CE entries for an explicit actor. Every call re-checks
/// who may do it, so a tampered id never reaches another person's data; each answers with the entry's id or why not.
/// A rejection emails the holder the reason through the outbox.
/// </summary>
public sealed class ActivityHandler(
    IDbContextFactory<CmaRenewalDbContext> factory, AccessScopes scopes, PersonClock clock, RuleCatalog catalog,
    CertificateIntake intake, TimeProvider time, NoticeOutbox notices)
{
    private static readonly AppText Text = new(typeof(ActivityHandler));

    public static string Conflict => Text["Conflict"];
    public static string OwnerOnly => Text["OwnerOnly"];
    public static string TooLateToUndo => Text["TooLateToUndo"];
    public static string SayWhy => Text["SayWhy"];
    public static string SendVersion => Text["SendVersion"];

    /// <summary>Logs a new entry (no <see cref="CeActivityInput.ActivityId"/>) or corrects one; done with its id.</summary>
    public async Task<UseCaseResult<long>> SaveAsync(AccessScope actor, long personId, CeActivityInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (await scopes.RefusalAsync<long>(actor, personId, ct) is { } refused && (refused.Outcome == UseCaseOutcome.NotFound || input.ActivityId is null))
            return refused;
        // Only the person changes their own entries; a manager verifies or rejects them instead.
        if (input.ActivityId is not null && actor.PersonId != personId) return UseCaseResult<long>.Forbidden(OwnerOnly);
        if (input.ActivityId is not null && input.Version is null) return UseCaseResult<long>.Invalid("Version", SendVersion);
        var today = await clock.TodayForAsync(personId, ct);
        if (CeActivityRules.Validate(input, today, CeActivityRules.KnownCategories(catalog)) is { Count: > 0 } errors)
            return UseCaseResult<long>.Invalid(errors);
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
            activity = await OwnAsync(db, id, personId, ct);
            if (activity is null) return UseCaseResult<long>.NotFound(PersonWrites.Gone);
            if (activity.Verification == VerificationStatus.Verified) return UseCaseResult<long>.Invalid("Verification", Text["VerifiedCannotChange"]);
            db.Entry(activity).Property(a => a.Version).OriginalValue = input.Version!.Value;
            activity.Revise(details);
        }
        else
        {
            activity = new CeActivity(personId, details, time.GetUtcNow().UtcDateTime);
            db.CeActivities.Add(activity);
        }
        if (shares.Count > 0) activity.SplitAcross(shares);
        if (await LinkAsync(db, activity, personId, input.CredentialIds, ct) is { } linkProblem)
            return UseCaseResult<long>.Invalid("CredentialIds", linkProblem);
        return input.Certificate is { } pending
            ? await intake.AttachAndSaveAsync(db, activity, pending, Conflict, ct)
            : await db.SaveAsync(() => activity.Id, Conflict, ct);
    }

    /// <summary>
    /// Attaches or replaces the certificate of the person's own entry, a verified one included: the file is evidence for
    /// an audit, not a change to what was verified, so every other field stays locked. Done with its id; the audit trail
    /// records the change as it records every change of an entry.
    /// </summary>
    public async Task<UseCaseResult<long>> AttachCertificateAsync(
        AccessScope actor, long activityId, Guid? version, PendingCertificate certificate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(certificate);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await db.CeActivities.SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity is null) return UseCaseResult<long>.NotFound(PersonWrites.Gone);
        if (await scopes.RefusalAsync<long>(actor, activity.PersonId, ct) is { Outcome: UseCaseOutcome.NotFound } unseen) return unseen;
        if (activity.PersonId != actor.PersonId) return UseCaseResult<long>.Forbidden(OwnerOnly);
        if (version is not { } read) return UseCaseResult<long>.Invalid("Version", SendVersion);
        db.Entry(activity).Property(a => a.Version).OriginalValue = read;
        return await intake.AttachAndSaveAsync(db, activity, certificate, Conflict, ct);
    }

    /// <summary>
    /// Deletes the person's own unverified entry; done with its id. The entry is only marked deleted (see
    /// <see cref="CeActivity.UndoWindow"/>): <see cref="RestoreAsync"/> brings it back for a while, and entries past the
    /// window are purged here, with their certificate files.
    /// </summary>
    public async Task<UseCaseResult<long>> DeleteAsync(AccessScope actor, long activityId, Guid? version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await db.CeActivities.SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (await OwnerRefusalAsync(actor, activity, ct) is { } refused) return refused;
        // Checked after access, so a caller who may not delete learns nothing from leaving it out.
        if (version is not { } read) return UseCaseResult<long>.Invalid("Version", "Send the version you read (as ?version= in the API), so a change made meanwhile is not lost.");
        if (activity!.Verification == VerificationStatus.Verified) return UseCaseResult<long>.Invalid("Verification", Text["VerifiedCannotDelete"]);
        db.Entry(activity).Property(a => a.Version).OriginalValue = read;
        var now = time.GetUtcNow().UtcDateTime;
        activity.Delete(now);
        var expired = await db.CeActivities.IgnoreQueryFilters()
            .Where(a => a.PersonId == activity.PersonId && a.DeletedAtUtc != null && a.DeletedAtUtc < now - CeActivity.UndoWindow).ToListAsync(ct);
        db.CeActivities.RemoveRange(expired);
        var result = await db.SaveAsync(() => activityId, Conflict, ct);
        if (result.IsDone) foreach (var file in expired.Select(a => a.Certificate).OfType<CertificateFile>()) intake.Discard(file);
        return result;
    }

    /// <summary>Brings back the person's own entry deleted less than <see cref="CeActivity.UndoWindow"/> ago, as it was; done with its id.</summary>
    public async Task<UseCaseResult<long>> RestoreAsync(AccessScope actor, long activityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await db.CeActivities.IgnoreQueryFilters().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (await OwnerRefusalAsync(actor, activity, ct) is { } refused) return refused;
        if (!activity!.IsDeleted) return UseCaseResult<long>.Done(activityId);
        var now = time.GetUtcNow().UtcDateTime;
        if (!activity.CanRestore(now)) return UseCaseResult<long>.Conflict(TooLateToUndo);
        activity.Restore(now);
        return await db.SaveAsync(() => activityId, Conflict, ct);
    }

    private async Task<UseCaseResult<long>?> OwnerRefusalAsync(AccessScope actor, CeActivity? activity, CancellationToken ct)
    {
        if (activity is null) return UseCaseResult<long>.NotFound(PersonWrites.Gone);
        if (await scopes.RefusalAsync<long>(actor, activity.PersonId, ct) is { Outcome: UseCaseOutcome.NotFound } unseen) return unseen;
        return activity.PersonId == actor.PersonId ? null : UseCaseResult<long>.Forbidden(OwnerOnly);
    }

    public Task<UseCaseResult<long>> VerifyAsync(AccessScope actor, long activityId, Guid version, CancellationToken ct) =>
        JudgeAsync(actor, activityId, version, a => a.Verify(), ct);

    /// <summary>Rejects with a reason the holder reads in the email it sends them; done with the entry's id.</summary>
    public async Task<UseCaseResult<long>> RejectAsync(AccessScope actor, long activityId, Guid version, string? comment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(comment)) return UseCaseResult<long>.Invalid("Comment", SayWhy);
        var reason = comment.Trim();
        if (reason.Length > CeActivity.CommentMaxLength)
            return UseCaseResult<long>.Invalid("Comment", Text.Format("ReasonTooLong", CeActivity.CommentMaxLength));
        OutboxEmail? notice = null;
        var result = await JudgeAsync(actor, activityId, version, a => a.Reject(reason), ct,
            async (db, activity) => notice = await RejectionEmailAsync(db, actor, activity, reason, ct));
        if (result.IsDone && notice is not null) await notices.SendNowAsync(notice);
        return result;
    }

    private async Task<UseCaseResult<long>> JudgeAsync(AccessScope actor, long activityId, Guid version, Action<CeActivity> judge, CancellationToken ct,
        Func<CmaRenewalDbContext, CeActivity, Task>? alongside = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await db.CeActivities.SingleOrDefaultAsync(a => a.Id == activityId, ct);
        // Nobody verifies their own CE, and only managers who may change the person (or admins) verify at all.
        if (activity is null || !actor.IsManager || activity.PersonId == actor.PersonId) return UseCaseResult<long>.NotFound(PersonWrites.Gone);
        if (await scopes.RefusalAsync<long>(actor, activity.PersonId, ct) is { } refused) return refused;
        db.Entry(activity).Property(a => a.Version).OriginalValue = version;
        judge(activity);
        if (alongside is not null) await alongside(db, activity);
        return await db.SaveAsync(() => activityId, Conflict, ct);
    }

    // Saved with the rejection itself: the holder hears of every rejection, and of none that did not happen.
    private async Task<OutboxEmail> RejectionEmailAsync(CmaRenewalDbContext db, AccessScope actor, CeActivity activity, string reason, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Where(p => p.Id == activity.PersonId || p.Id == actor.PersonId)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Email, p.Language }).ToListAsync(ct);
        var holder = people.Single(p => p.Id == activity.PersonId);
        var manager = people.SingleOrDefault(p => p.Id == actor.PersonId) is { } m ? $"{m.FirstName} {m.LastName}" : null;
        var entryUrl = notices.Page(RejectionNotice.EntryPath(activity));
        // Worded in the holder's language, not the reviewing manager's.
        return await notices.AddAsync(db, holder.Id, holder.Email, holder.Language,
            () => RejectionNotice.For(holder.FirstName, manager ?? NoticeText.YourManager, activity, reason, entryUrl), onceKey: null, ct);
    }

    private static Task<CeActivity?> OwnAsync(CmaRenewalDbContext db, long activityId, long personId, CancellationToken ct) =>
        db.CeActivities.Include(a => a.Splits).Include(a => a.CountsToward)
            .SingleOrDefaultAsync(a => a.Id == activityId && a.PersonId == personId, ct);

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

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
