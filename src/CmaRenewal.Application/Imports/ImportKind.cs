using System.Diagnostics.CodeAnalysis;

// The feature folder is Imports, like its neighbours' plural names; no Visual Basic code consumes this assembly.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:CmaRenewal.Application.Imports", Justification = "Feature folder name; the app is not consumed from VB.")]

namespace CmaRenewal.Application.Imports;

/// <summary>What a CSV import file holds; its name is the command-line word and the template's file name.</summary>
public enum ImportKind
{
    People,
    Credentials,
    Activities,
}

/// <summary>The columns each kind needs (in any order; others are ignored) and its downloadable template.</summary>
public static class ImportColumns
{
    public static string Name(this ImportKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out ImportKind kind)
    {
        foreach (var candidate in Enum.GetValues<ImportKind>())
        {
            if (string.Equals(candidate.Name(), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static IReadOnlyList<string> Required(ImportKind kind) => kind switch
    {
        ImportKind.People => ["email", "first_name", "last_name", "clinic", "role", "time_zone"],
        ImportKind.Credentials => ["email", "credential", "number", "certified_on", "last_recertified_on", "fee_paid_through"],
        _ => ["email", "completed_on", "title", "provider", "amount", "unit", "category", "approved", "counts_toward"],
    };

    /// <summary>Header plus one example row, as CSV text (UTF-8 without a BOM, CRLF as RFC 4180 has it).</summary>
    public static string Template(ImportKind kind)
    {
        string example = kind switch
        {
            ImportKind.People => "maria.lopez@example.org,Maria,Lopez,Riverside Family Medicine,Assistant,America/Chicago",
            ImportKind.Credentials => "maria.lopez@example.org,CMA-AAMA,123456,2021-03-15,2026-03-01,",
            _ => "maria.lopez@example.org,2026-03-12,\"Infection control, 2026 update\",AAMA e-Learning,2,aama-ceu,clinical,yes,CMA-AAMA",
        };
        return string.Join(',', Required(kind)) + "\r\n" + example + "\r\n";
    }
}
