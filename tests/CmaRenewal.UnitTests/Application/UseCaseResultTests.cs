using CmaRenewal.Application;

namespace CmaRenewal.UnitTests.Application;

public sealed class UseCaseResultTests
{
    public static TheoryData<UseCaseResult<int>, UseCaseOutcome, string?> Results => new()
    {
        { UseCaseResult<int>.Done(7), UseCaseOutcome.Done, null },
        { UseCaseResult<int>.NotFound("No such person."), UseCaseOutcome.NotFound, "No such person." },
        { UseCaseResult<int>.Forbidden("Only an admin can change an admin."), UseCaseOutcome.Forbidden, "Only an admin can change an admin." },
        { UseCaseResult<int>.Conflict("Someone changed this record."), UseCaseOutcome.Conflict, "Someone changed this record." },
        { UseCaseResult<int>.Invalid("Amount", "Enter the amount."), UseCaseOutcome.Invalid, "Enter the amount." },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void EachResult_CarriesItsOutcomeAndSentence(UseCaseResult<int> result, UseCaseOutcome outcome, string? message)
    {
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(message, result.Message);
        Assert.Equal(outcome == UseCaseOutcome.Done, result.IsDone);
        Assert.Equal(outcome == UseCaseOutcome.Done ? 7 : 0, result.Value);
    }

    [Fact]
    public void Invalid_KeepsEveryFieldAndLeadsWithTheFirst()
    {
        var result = UseCaseResult<int>.Invalid(new Dictionary<string, string> { ["Title"] = "Enter a title.", ["Amount"] = "Enter the amount." });

        Assert.Equal(["Amount", "Title"], result.Errors.Keys.Order());
        Assert.Equal("Enter a title.", result.Message);
    }

    [Fact]
    public void FailAs_CarriesTheFailureToAnotherResultType()
    {
        var carried = UseCaseResult<int>.Invalid("Amount", "Enter the amount.").FailAs<string>();

        Assert.Equal(UseCaseOutcome.Invalid, carried.Outcome);
        Assert.Equal("Enter the amount.", carried.Errors["Amount"]);
        Assert.Throws<InvalidOperationException>(() => UseCaseResult<int>.Done(1).FailAs<string>());
    }
}
