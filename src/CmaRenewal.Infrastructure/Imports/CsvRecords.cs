using CsvHelper;

namespace CmaRenewal.Infrastructure.Imports;

/// <summary>What the reader could not read; the import words it in the importing person's language.</summary>
public enum CsvFaultKind
{
    /// <summary>A record with a different number of fields from the header row.</summary>
    FieldCount,
    UnclosedQuote,
    /// <summary>A quote, comma or line break in a field that is not enclosed in quotes (or its quotes not doubled).</summary>
    BadQuoting,
    NotUtf8,
    /// <summary>A record past <see cref="CsvRecords.MaxRecordKilobytes"/>: its end is never read, so nothing after it is.</summary>
    RecordTooLong,
}

/// <summary>A record the reader skipped (broken quoting, a different field count from the header), by its line.</summary>
public sealed record CsvFault(int Line, CsvFaultKind Kind);

/// <summary>A problem with the whole file (not UTF-8, a record too long to read): nothing after it can be read.</summary>
public sealed class CsvFileException(CsvFault fault) : Exception($"line {fault?.Line}: {fault?.Kind}")
{
    public CsvFault Fault { get; } = fault ?? throw new ArgumentNullException(nameof(fault));
}

/// <summary>
/// Reads a CSV file record by record (never the whole file): UTF-8 with or without a BOM, commas, a header row,
/// RFC 4180 quoting. Fields are looked up by column name and trimmed. A record with broken quoting or a different
/// field count from the header is not returned; it becomes a <see cref="CsvFault"/> on its line instead.
/// </summary>
public sealed class CsvRecords : IDisposable
{
    /// <summary>
    /// The longest record read, in KB of UTF-8: the widest valid import row is well under 2 KB, so a longer one is a
    /// broken or hostile file, refused before it is held in memory.
    /// </summary>
    public const int MaxRecordKilobytes = 64;

    private readonly CsvReader reader;
    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CsvFault> malformed = [];

    private CsvRecords(Stream file)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = r => malformed.Add(new CsvFault((int)r.LineNumber, Describe(r.Reason))),
            MaxRecordSize = MaxRecordKilobytes * 1024,
            // Faults quote no values; an exception must never carry a whole cell into a log.
            IncludeValuesInExceptions = false,
        };
        reader = CsvReader.Create(new Utf8CheckingStream(file), options, leaveOpen: false);
        try
        {
            var headers = Guard(() => reader.Headers);
            IsHeaderEmpty = headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace);
            for (var i = 0; i < headers.Count; i++) columns.TryAdd(headers[i].Trim().TrimStart('\uFEFF'), i);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Opens the file and reads its header row; throws <see cref="CsvFileException"/> when it cannot be read.</summary>
    public static CsvRecords Open(Stream file) => new(file);

    /// <summary>Whether the file has no header row worth the name (empty, or only blank names).</summary>
    public bool IsHeaderEmpty { get; }

    /// <summary>The line where the current record starts (1 is the header).</summary>
    public int Line => (int)reader.LineNumber;

    public bool HasColumn(string column) => columns.ContainsKey(column);

    /// <summary>Next record; malformed records met on the way are added to <paramref name="faults"/>.</summary>
    public bool Read(List<CsvFault> faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var more = Guard(reader.Read);
        faults.AddRange(malformed);
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
            throw new CsvFileException(new CsvFault((int)Math.Max(ex.LineNumber, 1), CsvFaultKind.RecordTooLong));
        }
    }

    private static CsvFaultKind Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => CsvFaultKind.FieldCount,
        CsvMalformedReason.UnterminatedQuote => CsvFaultKind.UnclosedQuote,
        _ => CsvFaultKind.BadQuoting,
    };
}
