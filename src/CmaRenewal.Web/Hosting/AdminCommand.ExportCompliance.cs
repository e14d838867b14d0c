using System.Globalization;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Features.Exports;

namespace CmaRenewal.Web.Hosting;

public abstract partial record AdminCommand
{
    private static ExportCompliance ParseExportCompliance(IReadOnlyList<string> args)
    {
        DateOnly? asOf = Option(args, "--as-of") is { } date
            ? DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new AdminCommandException($"--as-of must be a date like 2026-12-01, not '{date}'.")
            : null;
        var format = Option(args, "--format") ?? "csv";
        if (format is not ("csv" or "xlsx")) throw new AdminCommandException($"--format must be csv or xlsx, not '{format}'.");
        var clinic = Option(args, "--clinic");
        if (clinic is "") throw new AdminCommandException("--clinic needs a clinic name.");
        var file = Option(args, "--out");
        if (file is "") throw new AdminCommandException("--out needs a file name.");
        // A spreadsheet is binary: written to a console it is noise, and a shell pipe is easy to get wrong.
        if (format == "xlsx" && file is null) throw new AdminCommandException("--format xlsx needs --out FILE.");
        return new ExportCompliance(asOf, clinic, format, file);
    }

    /// <summary>The value after <paramref name="name"/>; "" when it is the last argument; null when absent.</summary>
    private static string? Option(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at < 0 ? null : at + 1 < args.Count ? args[at + 1] : "";
    }

    /// <summary>Every credential's standing on a day as CSV (to the output or a file) or .xlsx (to a file).</summary>
    private sealed record ExportCompliance(DateOnly? AsOf, string? Clinic, string Format, string? File) : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            // As reminders run: the verb skips the host's start, so bring the database and the admins' rules up to date.
            await scoped.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            await scoped.GetRequiredService<RuleOverrides>().ReloadAsync(ct);
            var exports = ActivatorUtilities.CreateInstance<ComplianceExportRows>(scoped);
            long? clinicId = null;
            if (Clinic is not null)
                clinicId = await exports.FindClinicAsync(Clinic, ct) ?? throw new AdminCommandException($"No clinic named '{Clinic}'.", exitCode: 2);
            // One date for everyone (UTC), so the file is the same wherever it is run.
            var asOf = AsOf ?? DateOnly.FromDateTime(scoped.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var rows = await exports.RowsAsync(clinicId, asOf, ct);

            if (File is null)
            {
                await ComplianceExportWriter.WriteCsvAsync(output, rows, ct);
                return 0;
            }
            await using (var stream = System.IO.File.Create(File))
            {
                if (Format == "xlsx") await ComplianceExportWriter.WriteXlsxAsync(stream, rows, ct);
                else await ComplianceExportWriter.WriteCsvAsync(stream, rows, ct);
            }
            await output.WriteLineAsync($"Wrote {rows.Count} credentials as of {asOf:yyyy-MM-dd} to {File}.");
            return 0;
        }
    }
}
