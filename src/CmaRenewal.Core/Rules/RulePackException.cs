namespace CmaRenewal.Core.Rules;

/// <summary>A rule pack file is broken. The message names the file and the field, so an admin can fix it.</summary>
public sealed class RulePackException(string file, string field, string problem)
    : Exception($"Rule pack '{file}', field '{field}': {problem}")
{
    public string File { get; } = file;
    public string Field { get; } = field;
    public string Problem { get; } = problem;
}
