using System.Globalization;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using Microsoft.Extensions.Primitives;

namespace CmaRenewal.Application.Exports;

/// <summary>
/// The export's query string: <c>clinic</c>, <c>asOf</c> (YYYY-MM-DD), <c>status</c> (repeated or comma-separated),
/// <c>pack</c>, <c>q</c>, <c>active=1</c> (active people only). The staff page keeps the same fields in its own address. The grid's exports and the compliance exports read it alike, so a link copied from one works on the other.
/// </summary>
public sealed record StaffExportRequest(StaffFilter Filter, DateOnly? AsOf)
{
    private static readonly AppText Text = new(typeof(StaffExportRequest));

    /// <param name="pairs">The query's fields (an ASP.NET query collection is one); names compare case-insensitively, as in a URL's query.</param>
    /// <param name="request">The request read, when true.</param>
    /// <param name="error">The sentence saying what is wrong, when false.</param>
    public static bool TryParse(IEnumerable<KeyValuePair<string, StringValues>> pairs, out StaffExportRequest request, out string? error)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var query = pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        request = new StaffExportRequest(StaffFilter.All, null);
        error = null;
        long? clinic = null;
        if (query.GetValueOrDefault("clinic").ToString() is { Length: > 0 } c)
        {
            if (!long.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return Fail(Text["ClinicId"], out error);
            clinic = id;
        }
        DateOnly? asOf = null;
        if (query.GetValueOrDefault("asOf").ToString() is { Length: > 0 } a)
        {
            if (!DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Fail(Text["AsOfIso"], out error);
            asOf = d;
        }
        var statuses = new List<CredentialStatus>();
        foreach (var s in query.GetValueOrDefault("status").SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Enum.TryParse<CredentialStatus>(s, ignoreCase: true, out var status) || !Enum.IsDefined(status))
                return Fail(Text.Format("UnknownStatus", s, string.Join(", ", Enum.GetNames<CredentialStatus>())), out error);
            statuses.Add(status);
        }
        var activeOnly = query.GetValueOrDefault("active").ToString() is "1" or "true";
        var filter = new StaffFilter(clinic, statuses, NullIfEmpty(query.GetValueOrDefault("pack")), NullIfEmpty(query.GetValueOrDefault("q")), activeOnly);
        request = new StaffExportRequest(filter, asOf);
        return true;
    }

    /// <summary>The export link for what the grid shows now.</summary>
    public static string Url(string extension, StaffFilter filter, DateOnly asOf) =>
        $"staff/export.{extension}?{string.Join('&', Fields(filter, asOf))}";

    /// <summary>The query fields of <paramref name="filter"/>, escaped; no <c>asOf</c> when <paramref name="asOf"/> is null.</summary>
    public static IReadOnlyList<string> Fields(StaffFilter filter, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string>();
        if (asOf is { } date) parts.Add($"asOf={date:yyyy-MM-dd}");
        if (filter.ClinicId is { } clinic) parts.Add(FormattableString.Invariant($"clinic={clinic}"));
        if (filter.Statuses is { Count: > 0 } statuses) parts.Add($"status={string.Join(',', statuses)}");
        if (!string.IsNullOrWhiteSpace(filter.PackCode)) parts.Add($"pack={Uri.EscapeDataString(filter.PackCode)}");
        if (!string.IsNullOrWhiteSpace(filter.Search)) parts.Add($"q={Uri.EscapeDataString(filter.Search.Trim())}");
        if (filter.ActiveOnly) parts.Add("active=1");
        return parts;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
