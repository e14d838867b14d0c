using System.Globalization;
using CmaRenewal.Application.Exports;
using CmaRenewal.Application.StaffCompliance;
using Microsoft.Extensions.Primitives;

namespace CmaRenewal.Web.Features.Staff;

/// <summary>
/// The staff page's filters kept in its address (<c>staff?clinic=2&amp;status=Lapsed&amp;active=1&amp;page=2</c>), so a
/// reload, the back button or a shared link shows the same rows. The fields are the exports' (<see cref="StaffExportRequest"/>)
/// plus <c>clinic=all</c> (every clinic, where the page would otherwise start on one) and <c>page</c> (counted from 1 there,
/// from 0 in <see cref="Page"/> as the grid counts).
/// </summary>
public sealed record StaffGridAddress(StaffFilter Filter, bool AllClinics = false, DateOnly? AsOf = null, int Page = 0)
{
    private const string EveryClinic = "all";

    public static readonly StaffGridAddress Start = new(StaffFilter.All);

    /// <summary>The address's query fields; one that does not read (an edited link) opens the page as it starts, never an error.</summary>
    public static StaffGridAddress Read(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fields = query.Where(f => !StringValues.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value, StringComparer.OrdinalIgnoreCase);
        var all = string.Equals(fields.GetValueOrDefault("clinic"), EveryClinic, StringComparison.OrdinalIgnoreCase);
        if (all) fields.Remove("clinic");
        if (!StaffExportRequest.TryParse(fields, out var request, out _)) return Start;
        var page = int.TryParse(fields.GetValueOrDefault("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 1 ? p - 1 : 0;
        return new StaffGridAddress(request.Filter, all, request.AsOf, page);
    }

    /// <summary>The page's address, relative to the app's base, with only the fields that differ from the start.</summary>
    public string Url()
    {
        List<string> fields = [.. StaffExportRequest.Fields(AllClinics ? Filter with { ClinicId = null } : Filter, AsOf)];
        if (AllClinics) fields.Add($"clinic={EveryClinic}");
        if (Page > 0) fields.Add(FormattableString.Invariant($"page={Page + 1}"));
        return fields.Count == 0 ? "staff" : $"staff?{string.Join('&', fields)}";
    }
}
