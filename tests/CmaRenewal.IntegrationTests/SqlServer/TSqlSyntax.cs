using System.Text;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CmaRenewal.IntegrationTests.SqlServer;

/// <summary>
/// Microsoft's own T-SQL parser (the one SSMS and SqlPackage use), for the SQL Server 2022 dialect: a statement the
/// app would send to SQL Server is checked here, on a machine without one.
/// </summary>
internal static class TSqlSyntax
{
    /// <summary>Every syntax error in <paramref name="batch"/>, each with its line and the offending line's text.</summary>
    public static IReadOnlyList<string> ErrorsIn(string batch)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(batch);
        parser.Parse(reader, out var errors);
        var lines = batch.Split('\n');
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message} in: {LineAt(lines, e.Line)}").ToList();
    }

    /// <summary>A script split at its GO separators, as sqlcmd and SSMS send it: one batch at a time.</summary>
    public static IEnumerable<string> Batches(string script)
    {
        var batch = new StringBuilder();
        foreach (var line in script.Split('\n'))
        {
            if (line.Trim().Equals("GO", StringComparison.OrdinalIgnoreCase))
            {
                if (batch.Length > 0) yield return batch.ToString();
                batch.Clear();
            }
            else batch.Append(line).Append('\n');
        }
        if (batch.ToString().Trim().Length > 0) yield return batch.ToString();
    }

    private static string LineAt(string[] lines, int line) => line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : "";
}
