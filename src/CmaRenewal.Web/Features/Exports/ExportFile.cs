using CmaRenewal.Application.Exports;

namespace CmaRenewal.Web.Features.Exports;

/// <summary>An export as a download: the file <see cref="ExportDocument"/> writes, answered with its type and name.</summary>
public static class ExportFile
{
    public static async Task<IResult> DownloadAsync(
        string format, IReadOnlyList<string> header, IEnumerable<object?[]> rows, string sheetName, string fileName, CancellationToken ct)
    {
        var file = await ExportDocument.WriteAsync(format, header, rows, sheetName, fileName, ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
