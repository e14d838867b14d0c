using CmaRenewal.Application.Exports;
using CmaRenewal.Infrastructure.Exports;

namespace CmaRenewal.Web.Hosting;

public abstract partial record AdminCommand
{
    private static ExportCompliance ParseExportCompliance(IReadOnlyList<string> args)
    {
        var asOf = ParseAsOf(args);
        var format = Option(args, "--format") ?? "csv";
        if (format is not ("csv" or "xlsx")) throw new AdminCommandException($"--format must be csv or xlsx, not '{format}'.");
        var clinic = Option(args, "--clinic");
        if (clinic is "") throw new AdminCommandException("--clinic needs a clinic name.");
        var file = Option(args, "--out");
        if (file is "") throw new AdminCommandException("--out needs a file name.");
        // A spreadsheet is binary: written to a console it is noise, and a shell pipe is easy to get wrong.
        if (format == "xlsx" && file is null) throw new AdminCommandException("--format xlsx needs --out FILE.");
        return new ExportCompliance(asOf, clinic, format, file, args.Contains("--pivot"));
    }

    /// <summary>
    /// Every credential's standing on a day as CSV (to the output or a file) or .xlsx (to a file); with
    /// <c>--pivot</c>, one row per person and one column per credential code instead.
    /// </summary>
    private sealed record ExportCompliance(DateOnly? AsOf, string? Clinic, string Format, string? File, bool Pivot) : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            await PrepareAsHostDoesAsync(scoped, ct);
            var exports = ActivatorUtilities.CreateInstance<ComplianceExportRows>(scoped);
            long? clinicId = null;
            if (Clinic is not null)
                clinicId = await exports.FindClinicAsync(Clinic, ct) ?? throw new AdminCommandException($"No clinic named '{Clinic}'.", exitCode: 2);
            // One date for everyone (UTC), so the file is the same wherever it is run.
            var asOf = AsOf ?? DateOnly.FromDateTime(scoped.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            IReadOnlyCollection<long>? clinics = clinicId is { } id ? [id] : null;
            var (header, rows) = Pivot
                ? await exports.PivotAsync(clinics, asOf, ct)
                : (ComplianceExportColumns.Names, await exports.RowsAsync(clinics, asOf, ct));

            if (File is null)
            {
                await ComplianceExportWriter.WriteCsvAsync(output, header, rows, ct);
                return 0;
            }
            await using (var stream = System.IO.File.Create(File))
            {
                if (Format == "xlsx") await ComplianceExportWriter.WriteXlsxAsync(stream, header, rows, ct);
                else await ComplianceExportWriter.WriteCsvAsync(stream, header, rows, ct);
            }
            await output.WriteLineAsync($"Wrote {rows.Count} {(Pivot ? "people" : "credentials")} as of {asOf:yyyy-MM-dd} to {File}.");
            return 0;
        }
    }
}
