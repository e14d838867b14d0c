using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.Exports;

/// <summary>The grid's export: the day it was projected for, and its rows in <see cref="StaffExportColumns.Names"/> order.</summary>
public sealed record StaffExport(DateOnly AsOf, IReadOnlyList<object?[]> Rows);

/// <summary>
/// The staff grid as a file: the rows the grid shows for the same filters and date, in the grid's unsorted order (most
/// urgent first), through the same <see cref="OpenStaffGrid"/> use case and so the same access check.
/// </summary>
public sealed class ExportStaffGrid(OpenStaffGrid grid)
{
    public async Task<UseCaseResult<StaffExport>> HandleAsync(AccessScope actor, StaffExportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var opened = await grid.HandleAsync(actor, new StaffGridRequest(request.Filter.ClinicId, request.AsOf), ct);
        if (!opened.IsDone) return opened.FailAs<StaffExport>();
        var view = opened.Value!;
        var rows = StaffPaging.Page(view.Rows, request.Filter, sortBy: null, descending: false, page: 0, pageSize: int.MaxValue).Items;
        return UseCaseResult<StaffExport>.Done(new StaffExport(view.AsOf, [.. rows.Select(StaffExportColumns.Values)]));
    }
}
