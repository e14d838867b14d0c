using CmaRenewal.Application;

namespace CmaRenewal.UnitTests.Application;

/// <summary>The handler table tests' one check of a typed result, and of what it left in the database.</summary>
internal static class TypedResultAssert
{
    /// <summary>
    /// Done: a new id, no message, and a changed database. Invalid: exactly the named field, whose message leads.
    /// Otherwise the expected sentence. Any refusal leaves the rows as they were; a conflict leaves them as the other
    /// writer left them, so it is not compared.
    /// </summary>
    public static async Task MatchesAsync(UseCaseResult<long> result, UseCaseOutcome outcome, string? messageOrField,
        string before, Func<Task<string>> fingerprint)
    {
        Assert.Equal(outcome, result.Outcome);
        switch (outcome)
        {
            case UseCaseOutcome.Done:
                Assert.True(result.Value > 0);
                Assert.Null(result.Message);
                Assert.NotEqual(before, await fingerprint());
                return;
            case UseCaseOutcome.Invalid:
                Assert.Equal([messageOrField!], result.Errors.Keys);
                Assert.Equal(result.Errors[messageOrField!], result.Message);
                break;
            default:
                Assert.Equal(messageOrField, result.Message);
                break;
        }
        if (outcome != UseCaseOutcome.Conflict) Assert.Equal(before, await fingerprint());
    }
}
