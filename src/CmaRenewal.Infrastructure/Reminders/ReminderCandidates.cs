using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>A reminder the planner would store, with its exactly-once key and the line a dry run prints for it.</summary>
internal sealed record Candidate(
    string Key, long RecipientId, ReminderKind Kind, long? CredentialId, long? SubjectPersonId,
    DateOnly MilestoneDate, int OffsetDays, DateOnly Day, string Payload, string Line);

/// <summary>
/// Everything due on each recipient's day: holders' own reminders (current rung, need still there, kind not turned
/// off), one notice per requirement they leave unmet, managers' escalations and their weekly digest (Missing rows
/// included). Pure: the verdicts and the unmet requirements come in already made. Digests are made only for
/// the digest managers given (null: every manager), whose staff the verdicts must then cover in full.
/// </summary>
internal static class ReminderCandidates
{
    public static List<Candidate> Build(PlanningAudience audience, IReadOnlyList<CredentialCompliance> verdicts,
        IReadOnlyList<MissingCredential> missing, RuleCatalog catalog, DayOfWeek digestDay, IReadOnlySet<long>? digestManagers = null)
    {
        string packTitle(string code) => catalog[code].Title;
        var candidates = new List<Candidate>();
        foreach (var row in verdicts)
        {
            if (!audience.People.TryGetValue(row.PersonId, out var holder)) continue;
            Holder(candidates, audience, holder, row, packTitle);
            if (ManagerReminders.Escalates(row.Result.Status)) Escalations(candidates, audience, holder, row, packTitle);
        }
        foreach (var m in missing)
            if (audience.People.TryGetValue(m.PersonId, out var holder)) Missing(candidates, holder, m, catalog);
        StaffDigests(candidates, audience, verdicts, missing, digestDay, digestManagers);
        return candidates;
    }

    // Keyed without a date (see MissingReminders), so it is stored once and never again while the gap lasts.
    private static void Missing(List<Candidate> into, Recipient holder, MissingCredential m, RuleCatalog catalog)
    {
        if (!holder.Wants(ReminderKind.MissingCredential)) return;
        var snapshot = new MissingSnapshot(m.Group.Label, m.Group.NamesIn(catalog));
        into.Add(new Candidate(MissingReminders.Key(holder.Id, m.Group.Label), holder.Id, ReminderKind.MissingCredential, null, null,
            holder.Day, 0, holder.Day, ReminderPayloads.Write(snapshot), ReminderLines.Missing(snapshot)));
    }

    private static void Holder(List<Candidate> into, PlanningAudience audience, Recipient holder, CredentialCompliance row, Func<string, string> packTitle)
    {
        var verdict = row.Result;
        var ladder = audience.LadderFor(holder, verdict);
        // Worded only for a reminder that is due: most credentials have none on a given day, and wording is the costly part.
        CredentialSnapshot? snapshot = null;
        foreach (var rung in CredentialReminders.CurrentRungs(verdict.Cycle, verdict.Fee, verdict.Progress is not null, ladder, holder.Day))
        {
            if (!CredentialReminders.StillNeeded(rung, verdict) || !holder.Wants(rung.Kind)) continue;
            snapshot ??= Snapshot(row, packTitle, holder);
            into.Add(new Candidate(rung.Key(holder.Id, row.CredentialId, verdict.Cycle.Start), holder.Id, rung.Kind, row.CredentialId, null,
                rung.MilestoneDate, rung.OffsetDays, holder.Day, ReminderPayloads.Write(snapshot), ReminderLines.For(rung.Kind, snapshot, holder.Day)));
        }
    }

    private static void Escalations(List<Candidate> into, PlanningAudience audience, Recipient holder, CredentialCompliance row, Func<string, string> packTitle)
    {
        foreach (var managerId in audience.ManagersByClinic[holder.ClinicId])
        {
            if (managerId == holder.Id || !audience.People[managerId].Wants(ReminderKind.Escalation)) continue;
            var manager = audience.People[managerId];
            var about = Snapshot(row, packTitle, manager) with { PersonName = holder.Name };
            into.Add(new Candidate(ManagerReminders.EscalationKey(managerId, row.CredentialId, row.Result.Cycle.Start, row.Result.Status),
                managerId, ReminderKind.Escalation, row.CredentialId, holder.Id, manager.Day, 0, manager.Day,
                ReminderPayloads.Write(about), ReminderLines.For(ReminderKind.Escalation, about, manager.Day)));
        }
    }

    private static void StaffDigests(List<Candidate> into, PlanningAudience audience, IReadOnlyList<CredentialCompliance> verdicts,
        IReadOnlyList<MissingCredential> missing, DayOfWeek digestDay, IReadOnlySet<long>? digestManagers)
    {
        var byClinic = verdicts.Where(v => audience.People.ContainsKey(v.PersonId)).ToLookup(v => v.ClinicId);
        var missingByClinic = missing.Where(m => audience.People.ContainsKey(m.PersonId)).ToLookup(m => m.ClinicId);
        foreach (var managed in audience.ClinicsByManager)
        {
            var manager = audience.People[managed.Key];
            if (!manager.Wants(ReminderKind.StaffDigest) || digestManagers?.Contains(manager.Id) == false) continue;
            var inScope = managed.SelectMany(clinicId => byClinic[clinicId]).Where(v => v.PersonId != manager.Id).ToList();
            var gaps = managed.SelectMany(clinicId => missingByClinic[clinicId]).Where(m => m.PersonId != manager.Id).ToList();
            if (inScope.Count + gaps.Count == 0) continue;
            var rows = inScope.Where(v => ManagerReminders.DigestStatuses.Contains(v.Result.Status))
                .Select(v => new StaffDigestRow(v.PersonId, v.PersonName, audience.Clinics[v.ClinicId].Name, v.PackCode, v.Result.Status,
                    v.Result.Cycle.Expires, StillNeedFor(manager, v.Result.StillNeed)))
                .Concat(gaps.Select(m => new StaffDigestRow(m.PersonId, m.PersonName, audience.Clinics[m.ClinicId].Name, m.Group.Label,
                    CredentialStatus.Missing, null, "Not on file")))
                .OrderBy(r => r.Status).ThenBy(r => r.PersonName, StringComparer.Ordinal)
                .ToList();
            var date = ManagerReminders.DigestDate(manager.Day, digestDay);
            var digest = new StaffDigestSnapshot(rows, inScope.Count + gaps.Count);
            into.Add(new Candidate(ManagerReminders.DigestKey(manager.Id, date), manager.Id, ReminderKind.StaffDigest, null, null,
                date, 0, manager.Day, ReminderPayloads.Write(digest), ReminderLines.Digest(digest, date)));
        }
    }

    // The verdicts were judged once for everyone; their sentences are worded again in the reader's language, and the
    // payload keeps them so the email, its retries and its preview read alike.
    private static CredentialSnapshot Snapshot(CredentialCompliance row, Func<string, string> packTitle, Recipient reader)
    {
        var v = row.Result;
        using (reader.Reading())
            return new CredentialSnapshot(row.PackCode, packTitle(row.PackCode), row.Number, v.Status, StatusJudge.Reason(v), v.StillNeed.Reworded(),
                v.Cycle.CeCompleteBy, v.Cycle.Expires, v.Cycle.GraceEnds, v.Fee?.DueOn, v.Fee?.Amount, v.Fee?.Currency,
                AfterGrace: PackWords.Of(v.Cycle.Rules.Lapse.AfterGrace));
    }

    private static string StillNeedFor(Recipient reader, StillNeed need)
    {
        using (reader.Reading()) return need.Reworded();
    }
}
