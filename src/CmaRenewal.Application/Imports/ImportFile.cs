using CmaRenewal.Application.Localization;
using CmaRenewal.Infrastructure.Imports;

namespace CmaRenewal.Application.Imports;

/// <summary>
/// An import file read record by record through Infrastructure's CSV reader, in the import's terms: the header must
/// name every column the kind needs, and what the reader cannot read becomes an <see cref="ImportProblem"/>.
/// </summary>
internal sealed class ImportFile : IDisposable
{
    private static readonly AppText Text = new(typeof(ImportFile));

    private readonly CsvRecords records;
    private readonly List<CsvFault> faults = [];

    private ImportFile(CsvRecords records) => this.records = records;

    /// <summary>Opens the file and checks its header; throws <see cref="ImportFileException"/> when it cannot be imported.</summary>
    public static ImportFile Open(Stream file, ImportKind kind)
    {
        var records = Guard(() => CsvRecords.Open(file));
        var required = ImportColumns.Required(kind);
        var problems = records.IsHeaderEmpty
            ? [new ImportProblem(1, null, null, Text.Format("EmptyFile", string.Join(", ", required)))]
            : required.Where(c => !records.HasColumn(c)).Select(c => new ImportProblem(1, c, "", Text["MissingColumn"])).ToList();
        if (problems.Count == 0) return new ImportFile(records);
        records.Dispose();
        throw new ImportFileException(problems);
    }

    /// <summary>The line where the current record starts (1 is the header).</summary>
    public int Line => records.Line;

    /// <summary>Next record; malformed records met on the way are added to <paramref name="problems"/>.</summary>
    public bool Read(List<ImportProblem> problems)
    {
        var more = Guard(() => records.Read(faults));
        problems.AddRange(faults.Select(Problem));
        faults.Clear();
        return more;
    }

    /// <summary>The trimmed value in <paramref name="column"/>; "" when the record is short.</summary>
    public string this[string column] => records[column];

    public void Dispose() => records.Dispose();

    private static ImportProblem Problem(CsvFault fault) => new(fault.Line, null, null, fault.Kind switch
    {
        CsvFaultKind.RecordTooLong => Text.Format("CsvRecordTooLong", CsvRecords.MaxRecordKilobytes),
        _ => Text["Csv" + fault.Kind],
    });

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvFileException ex)
        {
            throw new ImportFileException(Problem(ex.Fault));
        }
    }
}
