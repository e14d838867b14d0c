using System.Globalization;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.Common;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.Application.Imports;

/// <summary>What importing one valid row does to the database.</summary>
internal enum RowOutcome : byte
{
    Invalid,
    Create,
    Update,
    Unchanged,
}

/// <summary>
/// One kind's rows: <see cref="Parse"/> checks a record with the domain's own rules and the directory loaded at start
/// (pure, so the writing pass parses again instead of holding rows), <see cref="ClassifyAsync"/> compares it with the
/// database, and <see cref="ApplyAsync"/> writes it inside the import's transaction.
/// </summary>
internal abstract class RowImporter<TRow>(ImportSession session) where TRow : class
{
    protected ImportSession Session { get; } = session;

    protected CmaRenewalDbContext Db => Session.Db;

    protected AccessScope Scope => Session.Scope;

    /// <summary>The column a within-file duplicate is reported on.</summary>
    public abstract string KeyColumn { get; }

    public abstract Task LoadAsync(CancellationToken ct);

    /// <summary>The row, or null with its problems added.</summary>
    public abstract TRow? Parse(ImportFile record, int line, List<ImportProblem> problems);

    /// <summary>The natural key: two rows with the same key in one file are a mistake.</summary>
    public abstract string Key(TRow row);

    /// <summary>The row in the preview's words: the email it names and the record in a few words.</summary>
    public abstract (string Person, string What) Describe(TRow row);

    public abstract ValueTask<RowOutcome> ClassifyAsync(TRow row, int line, List<ImportProblem> problems, CancellationToken ct);

    public abstract Task ApplyAsync(TRow row, RowOutcome outcome, CancellationToken ct);

    /// <summary>Writes what is still buffered.</summary>
    public virtual Task FlushAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Runs a domain check (an entity constructor or <c>Require.*</c>) and turns its refusal into a problem on the
    /// column, so messages come from the same place as everywhere else in the app.
    /// </summary>
    protected static T? Check<T>(Func<T> check, int line, string column, string value, List<ImportProblem> problems)
    {
        try
        {
            return check();
        }
        catch (ArgumentException ex)
        {
            problems.Add(new ImportProblem(line, column, value, Reason(ex)));
            return default;
        }
    }

    /// <summary>
    /// The row's holder from its <c>email</c> column, among the people loaded at start: the normalised address (null
    /// when malformed) and the person (null when the address names nobody the caller may change), problems added.
    /// </summary>
    protected (string? Email, ImportPerson? Person) Holder(
        ImportFile record, int line, IReadOnlyDictionary<string, ImportPerson> people, List<ImportProblem> problems)
    {
        var text = record["email"];
        var email = Check(() => Person.NormalizeEmail(text), line, "email", text, problems);
        ImportPerson? person = null;
        if (email is not null && !people.TryGetValue(email, out person))
            problems.Add(new ImportProblem(line, "email", text, ImportDirectory.NotFound(Scope)));
        else if (person is not null && !Scope.CanChange(person.Ref))
        {
            // Seen but not changeable (an admin of a managed clinic): refused with the reason every other write gives.
            problems.Add(new ImportProblem(line, "email", text, PersonWrites.CannotChange));
            person = null;
        }
        return (email, person);
    }

    protected static string Reason(ArgumentException ex) => GuardMessage.Sentence(ex);

    /// <summary>The column's date, ISO or in the importing person's order (<see cref="ImportDate"/>); null when empty or, with a problem, unreadable.</summary>
    protected static DateOnly? Date(ImportFile record, string column, int line, List<ImportProblem> problems, bool required)
    {
        var text = record[column];
        if (text.Length == 0)
        {
            if (required) problems.Add(new ImportProblem(line, column, text, ImportDate.Required));
            return null;
        }
        if (ImportDate.Parse(text, out var problem) is { } date) return date;
        problems.Add(new ImportProblem(line, column, text, problem!));
        return null;
    }

    /// <summary>The date as the forms' inputs hold it (YYYY-MM-DD), else the cell as typed, for their checks to refuse.</summary>
    protected static string Iso(DateOnly? date, string typed) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? typed;
}
