using CmaRenewal.Application.Imports;
using CmaRenewal.Application.Localization;

namespace CmaRenewal.Web.Hosting;

public abstract partial record AdminCommand
{
    /// <summary>Exit code when problems were found and nothing was written (also a dry run that found problems).</summary>
    public const int ImportRefused = 2;

    /// <summary>Exit code when <c>--skip-invalid</c> wrote the valid rows and left some out.</summary>
    public const int ImportSkippedRows = 3;

    private const string LanguageOption = "--language=";

    private static Import ParseImport(IReadOnlyList<string> args)
    {
        var positional = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--dry-run" or "--skip-invalid")
            && !a.StartsWith(LanguageOption, StringComparison.Ordinal)).ToList();
        if (unknown.Count > 0) throw new AdminCommandException($"Unknown option '{unknown[0]}' for import. {Usage}");
        if (positional.Count != 2 || !ImportColumns.TryParse(positional[0], out var kind))
            throw new AdminCommandException($"import needs a kind (people, credentials or activities) and a file. {Usage}");
        // --language=es reads 6/12/2026 as 6 December and words the problems in Spanish; without it, English.
        var language = args.LastOrDefault(a => a.StartsWith(LanguageOption, StringComparison.Ordinal))?[LanguageOption.Length..];
        return new Import(kind, positional[1], args.Contains("--dry-run"), args.Contains("--skip-invalid")) { Language = language };
    }

    /// <summary>
    /// Imports a CSV file as the system (every clinic; unknown clinics are created). Prints a summary line, then one
    /// line per problem. Exit codes: 0 written (or a clean dry run), 2 problems found and nothing written, 3 written
    /// with the invalid rows skipped.
    /// </summary>
    private sealed record Import(ImportKind Kind, string File, bool DryRun, bool SkipInvalid) : AdminCommand
    {
        public string? Language { get; init; }

        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            // The summary is read after the import, so the whole verb speaks the chosen language, not just the run.
            using var language = Language is null ? null : AppCulture.Use(Language);
            if (!System.IO.File.Exists(File)) throw new AdminCommandException($"No file '{File}'.", exitCode: ImportRefused);
            await PrepareAsHostDoesAsync(scoped, ct);
            var import = ActivatorUtilities.CreateInstance<ImportHandler>(scoped);
            var request = new ImportRequest(Kind, () => System.IO.File.OpenRead(File), Path.GetFileName(File), DryRun, SkipInvalid)
            {
                Language = Language,
            };
            // The system actor is an admin, whom the use case never refuses: the report is always there.
            var report = (await import.RunAsync(ImportHandler.System, request, ct)).Value!;
            await output.WriteLineAsync(report.Summary);
            foreach (var problem in report.Problems) await output.WriteLineAsync(problem.ToString());
            if (!report.Written) return report.HasProblems ? ImportRefused : 0;
            return report.Skipped > 0 ? ImportSkippedRows : 0;
        }
    }
}
