using System.Text.Json;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Imports;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Imports;

/// <summary>
/// Imports people, credentials or CE activities from CSV in two streaming passes over the file. The first checks
/// every row (and, for a real run, does so inside the transaction the second writes in); a dry run stops there. A
/// real run writes all or nothing, unless invalid rows are to be skipped, and adds one summary entry to the audit
/// trail when it changed anything (people and credentials also get their usual per-row entries; activities are bulk inserted).
/// The report (its problems included) is the answer for every file; only an actor who may not import is refused.
/// </summary>
public sealed class ImportHandler(
    IDbContextFactory<CmaRenewalDbContext> factory, IRuleCatalogSource rules, TimeProvider time, ICurrentActor audited, CmaMetrics? metrics = null)
{
    private static readonly AppText Text = new(typeof(ImportHandler));

    public static string ManagersOnly => Text["ManagersOnly"];

    /// <summary>Who the admin verb imports as: every clinic, and unknown clinics are created.</summary>
    public static readonly AccessScope System = new(0, Core.People.PersonRole.Admin, new HashSet<long>());

    public async Task<UseCaseResult<ImportReport>> RunAsync(AccessScope actor, ImportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        // The whole run reads dates and words problems in the importing person's language (restored when it returns).
        using var language = request.Language is null ? null : AppCulture.Use(request.Language);
        if (!actor.IsManager) return UseCaseResult<ImportReport>.Forbidden(ManagersOnly);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var sql = await ImportDatabase.OpenAsync(db, write: !request.DryRun, ct);
        var session = new ImportSession(db, sql, actor, rules.Current, time);
        var report = request.Kind switch
        {
            ImportKind.People => await RunAsync(new PeopleImporter(session), session, request, ct),
            ImportKind.Credentials => await RunAsync(new CredentialImporter(session), session, request, ct),
            _ => await RunAsync(new ActivityImporter(session), session, request, ct),
        };
        metrics?.Imported(ImportColumns.Name(report.Kind), report.Written,
            ("created", report.Created), ("updated", report.Updated), ("unchanged", report.Unchanged), ("skipped", report.Skipped));
        return UseCaseResult<ImportReport>.Done(report);
    }

    private async Task<ImportReport> RunAsync<TRow>(RowImporter<TRow> importer, ImportSession session, ImportRequest request,
        CancellationToken ct) where TRow : class
    {
        await importer.LoadAsync(ct);
        var problems = new List<ImportProblem>();
        var outcomes = new List<RowOutcome>();
        var lines = new List<int>();
        var unreadable = new List<int>();
        var preview = new List<ImportPreviewRow>();
        try
        {
            await CheckAsync(importer, request, problems, outcomes, lines, unreadable, preview, ct);
        }
        catch (ImportFileException ex)
        {
            await importer.FlushAsync(ct);
            return new ImportReport(request.Kind, request.DryRun, false, 0, 0, 0, 0, 0, ex.Problems);
        }
        var skipped = lines.Where((_, i) => outcomes[i] == RowOutcome.Invalid).Concat(unreadable).Order().ToList();
        var report = new ImportReport(request.Kind, request.DryRun, false, outcomes.Count + unreadable.Count,
            outcomes.Count(o => o == RowOutcome.Create), outcomes.Count(o => o == RowOutcome.Update),
            outcomes.Count(o => o == RowOutcome.Unchanged), skipped.Count, problems) { SkippedLines = skipped, Preview = preview };
        if (request.DryRun || problems.Count > 0 && !request.SkipInvalid)
        {
            await importer.FlushAsync(ct);
            return report;
        }

        using (var file = ImportFile.Open(request.Open(), request.Kind))
        {
            var ignored = new List<ImportProblem>();
            for (var i = 0; file.Read(ignored); i++)
            {
                if (outcomes[i] is RowOutcome.Invalid or RowOutcome.Unchanged) continue;
                var row = importer.Parse(file, file.Line, ignored)
                    ?? throw new InvalidOperationException($"Line {file.Line} read differently the second time.");
                await importer.ApplyAsync(row, outcomes[i], ct);
            }
        }
        await importer.FlushAsync(ct);
        // A file that changes nothing (a re-import) leaves no trace either.
        if (report.Created + report.Updated > 0)
        {
            session.Db.AuditEntries.Add(Summary(request, report));
            await session.Db.SaveChangesAsync(ct);
        }
        await session.Sql.CommitAsync(ct);
        return report with { Written = true };
    }

    private static async Task CheckAsync<TRow>(RowImporter<TRow> importer, ImportRequest request, List<ImportProblem> problems,
        List<RowOutcome> outcomes, List<int> lines, List<int> unreadable, List<ImportPreviewRow> preview, CancellationToken ct) where TRow : class
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var file = ImportFile.Open(request.Open(), request.Kind);
        var malformed = new List<ImportProblem>();
        while (file.Read(malformed))
        {
            foreach (var problem in malformed) Invalid(problem);
            malformed.Clear();
            var line = file.Line;
            var before = problems.Count;
            var row = importer.Parse(file, line, problems);
            if (row is not null)
            {
                var key = importer.Key(row);
                if (seen.TryGetValue(key, out var first))
                    problems.Add(new ImportProblem(line, importer.KeyColumn, file[importer.KeyColumn], Text.Format("SameRow", first)));
                else seen[key] = line;
            }
            var outcome = row is null || problems.Count > before ? RowOutcome.Invalid : await importer.ClassifyAsync(row, line, problems, ct);
            if (problems.Count > before) outcome = RowOutcome.Invalid;
            outcomes.Add(outcome);
            lines.Add(line);
            if (outcome != RowOutcome.Invalid && preview.Count < ImportPreviewRow.Listed)
            {
                var (person, what) = importer.Describe(row!);
                preview.Add(new ImportPreviewRow(line, person, Action(outcome), what));
            }
        }
        foreach (var problem in malformed) Invalid(problem);

        // A record CsvHelper could not read is a row of the file too: skipped, never half-read. It is not returned by
        // either pass, so it has no place among the outcomes, which the writing pass walks in step with the records.
        void Invalid(ImportProblem problem)
        {
            problems.Add(problem);
            unreadable.Add(problem.Line);
        }
    }

    private static ImportAction Action(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Create => ImportAction.Create,
        RowOutcome.Update => ImportAction.Update,
        _ => ImportAction.Unchanged,
    };

    private AuditEntry Summary(ImportRequest request, ImportReport report)
    {
        var after = JsonSerializer.Serialize(new
        {
            File = request.FileName,
            report.Created,
            report.Updated,
            report.Unchanged,
            report.Skipped,
            report.SkippedLines,
        });
        var id = $"{request.Kind.Name()}:{request.FileName}";
        return new AuditEntry(time.GetUtcNow().UtcDateTime, audited.Name, "CsvImport",
            id.Length > AuditEntry.EntityIdMaxLength ? id[..AuditEntry.EntityIdMaxLength] : id, AuditAction.Added, null, after);
    }
}
