using System.Diagnostics.CodeAnalysis;

namespace CmaRenewal.Application;

/// <summary>How a use case ended, so every door (page, API, verb, job) can answer without reading message text.</summary>
public enum UseCaseOutcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>
/// A use case's typed answer: done with a value, or not found, forbidden, invalid (field → message) or conflict, each
/// with a sentence a person can read. The API maps <see cref="Outcome"/> to a status code; pages show the sentence.
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "UseCaseResult<T>.NotFound(...) reads as the answer it is; a non-generic factory would need the type argument anyway.")]
public sealed record UseCaseResult<T>
{
    internal UseCaseResult(UseCaseOutcome outcome, T? value, string? message, IReadOnlyDictionary<string, string>? errors)
    {
        Outcome = outcome;
        Value = value;
        Message = message;
        Errors = errors ?? EmptyErrors;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyErrors = new Dictionary<string, string>();

    public UseCaseOutcome Outcome { get; }

    /// <summary>The result when <see cref="Outcome"/> is <see cref="UseCaseOutcome.Done"/>.</summary>
    public T? Value { get; }

    /// <summary>Why it did not happen, in words for the person who asked; null when done.</summary>
    public string? Message { get; }

    /// <summary>For <see cref="UseCaseOutcome.Invalid"/>: each field's problem, keyed by the field's name.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    public bool IsDone => Outcome == UseCaseOutcome.Done;

    public static UseCaseResult<T> Done(T value) => new(UseCaseOutcome.Done, value, null, null);

    public static UseCaseResult<T> NotFound(string message) => new(UseCaseOutcome.NotFound, default, message, null);

    public static UseCaseResult<T> Forbidden(string message) => new(UseCaseOutcome.Forbidden, default, message, null);

    public static UseCaseResult<T> Conflict(string message) => new(UseCaseOutcome.Conflict, default, message, null);

    public static UseCaseResult<T> Invalid(IReadOnlyDictionary<string, string> errors, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new(UseCaseOutcome.Invalid, default, message ?? errors.Values.FirstOrDefault() ?? UseCaseText.NotValid, errors);
    }

    public static UseCaseResult<T> Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string> { [field] = message }, message);

    /// <summary>The same failure carried into a use case of another result type.</summary>
    public UseCaseResult<TOther> FailAs<TOther>() => IsDone
        ? throw new InvalidOperationException("A result that is done has no failure to carry.")
        : new UseCaseResult<TOther>(Outcome, default, Message, Errors);
}
