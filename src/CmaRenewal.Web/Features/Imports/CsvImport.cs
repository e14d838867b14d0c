using System.Text.Json;
using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Imports;

/// <summary>
/// Imports people, credentials or CE activities from CSV in two streaming passes over the file. The first checks
/// every row (and, for a real run, does so inside the transaction the second writes in); a dry run stops there. A
/// real run writes all or nothing, unless invalid rows are to be skipped, and adds one summary entry to the audit
/// trail when it changed anything (people and credentials also get their usual per-row entries; activities are bulk inserted).
/// </summary>
public sealed class CsvImport(IDbContextFactory<CmaRenewalDbContext> factory, IRuleCatalogSource rules, TimeProvider time, ICurrentActor actor)
{
    /// <summary>Who the admin verb imports as: every clinic, and unknown clinics are created.</summary>
    public static readonly AccessScope System = new(0, Core.People.PersonRole.Admin, new HashSet<long>());

    public async Task<ImportReport> RunAsync(ImportRequest request, AccessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsManager) throw new InvalidOperationException("Only managers and admins import.");
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var sqlite = db.Database.IsSqlite();
        // Rows land all over the activity and link indexes: with SQLite's default 2 MB page cache a large import into a
        // large database spends most of its time re-reading index pages. The pooled connection gets the default back.
        if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", ct);
        try
        {
            await using var transaction = request.DryRun ? null : await db.Database.BeginTransactionAsync(ct);
            var session = new ImportSession(db, scope, rules.Current, time);
            return request.Kind switch
            {
                ImportKind.People => await RunAsync(new PeopleImporter(session), db, request, ct),
                ImportKind.Credentials => await RunAsync(new CredentialImporter(session), db, request, ct),
                _ => await RunAsync(new ActivityImporter(session), db, request, ct),
            };
        }
        finally
        {
            if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", CancellationToken.None);
        }
    }

    private async Task<ImportReport> RunAsync<TRow>(RowImporter<TRow> importer, CmaRenewalDbContext db, ImportRequest request, CancellationToken ct)
        where TRow : class
    {
        await importer.LoadAsync(ct);
        var problems = new List<ImportProblem>();
        var outcomes = new List<RowOutcome>();
        var lines = new List<int>();
        var unreadable = new List<int>();
        try
        {
            await CheckAsync(importer, request, problems, outcomes, lines, unreadable, ct);
        }
        catch (ImportFileException ex)
        {
            await importer.FlushAsync(ct);
            return new ImportReport(request.Kind, request.DryRun, false, 0, 0, 0, 0, 0, ex.Problems);
        }
        var skipped = lines.Where((_, i) => outcomes[i] == RowOutcome.Invalid).Concat(unreadable).Order().ToList();
        var report = new ImportReport(request.Kind, request.DryRun, false, outcomes.Count + unreadable.Count,
            outcomes.Count(o => o == RowOutcome.Create), outcomes.Count(o => o == RowOutcome.Update),
            outcomes.Count(o => o == RowOutcome.Unchanged), skipped.Count, problems) { SkippedLines = skipped };
        if (request.DryRun || problems.Count > 0 && !request.SkipInvalid)
        {
            await importer.FlushAsync(ct);
            return report;
        }

        using (var file = ImportCsv.Open(request.Open(), request.Kind))
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
            db.AuditEntries.Add(Summary(request, report));
            await db.SaveChangesAsync(ct);
        }
        await db.Database.CommitTransactionAsync(ct);
        return report with { Written = true };
    }

    private static async Task CheckAsync<TRow>(RowImporter<TRow> importer, ImportRequest request, List<ImportProblem> problems,
        List<RowOutcome> outcomes, List<int> lines, List<int> unreadable, CancellationToken ct) where TRow : class
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var file = ImportCsv.Open(request.Open(), request.Kind);
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
                    problems.Add(new ImportProblem(line, importer.KeyColumn, file[importer.KeyColumn], $"the same row as line {first}"));
                else seen[key] = line;
            }
            var outcome = row is null || problems.Count > before ? RowOutcome.Invalid : await importer.ClassifyAsync(row, line, problems, ct);
            outcomes.Add(problems.Count > before ? RowOutcome.Invalid : outcome);
            lines.Add(line);
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
        return new AuditEntry(time.GetUtcNow().UtcDateTime, actor.Name, "CsvImport",
            id.Length > AuditEntry.EntityIdMaxLength ? id[..AuditEntry.EntityIdMaxLength] : id, AuditAction.Added, null, after);
    }
}
