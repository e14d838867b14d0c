using CsvHelper;

namespace CmaRenewal.Web.Features.Imports;

/// <summary>
/// Reads an import file record by record (never the whole file): UTF-8 with or without a BOM, commas, a header row,
/// RFC 4180 quoting. Fields are looked up by column name and trimmed. A record with broken quoting or a different
/// field count from the header is not returned; it becomes a problem on its line instead.
/// </summary>
internal sealed class ImportCsv : IDisposable
{
    /// <summary>
    /// The longest record read, in KB of UTF-8: the widest valid row is well under 2 KB, so a longer one is a broken or
    /// hostile file, refused before it is held in memory.
    /// </summary>
    public const int MaxRecordKilobytes = 64;

    private readonly CsvReader reader;
    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ImportProblem> malformed = [];

    private ImportCsv(Stream file, ImportKind kind)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = r => malformed.Add(new ImportProblem((int)r.LineNumber, null, null, Describe(r.Reason))),
            MaxRecordSize = MaxRecordKilobytes * 1024,
            // Problems quote values themselves (shortened); an exception must never carry a whole cell into a log.
            IncludeValuesInExceptions = false,
        };
        reader = CsvReader.Create(new Utf8CheckingStream(file), options, leaveOpen: false);
        var headers = Guard(() => reader.Headers);
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
            throw new ImportFileException(new ImportProblem(1, null, null,
                $"the file is empty: expected a header row with {string.Join(", ", ImportColumns.Required(kind))}"));
        for (var i = 0; i < headers.Count; i++) columns.TryAdd(headers[i].Trim().TrimStart('\uFEFF'), i);
        var missing = ImportColumns.Required(kind).Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new ImportFileException([.. missing.Select(c => new ImportProblem(1, c, "", "missing column"))]);
    }

    /// <summary>Opens the file and checks its header; throws <see cref="ImportFileException"/> when it cannot be imported.</summary>
    public static ImportCsv Open(Stream file, ImportKind kind) => new(file, kind);

    /// <summary>The line where the current record starts (1 is the header).</summary>
    public int Line => (int)reader.LineNumber;

    /// <summary>Next record; malformed records met on the way are added to <paramref name="problems"/>.</summary>
    public bool Read(List<ImportProblem> problems)
    {
        var more = Guard(reader.Read);
        problems.AddRange(malformed);
        malformed.Clear();
        return more;
    }

    /// <summary>The trimmed value in <paramref name="column"/>; "" when the record is short.</summary>
    public string this[string column] => columns.TryGetValue(column, out var index) && index < reader.FieldCount
        ? reader.GetString(index).Trim()
        : "";

    public void Dispose() => reader.Dispose();

    // A record past MaxRecordSize cannot be skipped (its end is never read), so it ends the whole file.
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvFormatException ex) when (ex.InnerException is null)
        {
            throw new ImportFileException(new ImportProblem((int)Math.Max(ex.LineNumber, 1), null, null,
                $"a record is longer than {MaxRecordKilobytes} KB (is a quote never closed?): no import needs rows that long, so nothing was read"));
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "has a different number of fields from the header row",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        _ => "malformed quoting: a field with a quote, comma or line break must be enclosed in quotes, its quotes doubled",
    };
}
