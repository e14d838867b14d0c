using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

public sealed class SharedCourseTests
{
    [Fact]
    public void OneCourse_CountsTowardTwoCredentials_InEachOnesOwnUnit()
    {
        var course = ActivityFacts.InOneCategory(1, D("2024-06-01"), 6, Units.ClockHour, "clinical", approvedProvider: false);
        var engine = EngineBuilder.Engine();

        var cma = engine.Evaluate(new CredentialFacts(1, "CMA-AAMA", D("2023-01-10"), []), [course], [], D("2024-07-01"));
        var ccma = engine.Evaluate(new CredentialFacts(2, "CCMA-NHA", D("2023-01-10"), []), [course], [], D("2024-07-01"));

        Assert.Equal(6m, cma.Progress!.Total.Counted);
        Assert.Equal(3m, ccma.Progress!.Total.Counted);
    }

    [Fact]
    public void TheSameCourseListedTwice_CountsOnceTowardOneCredential()
    {
        var course = ActivityFacts.InOneCategory(1, D("2024-06-01"), 6, Units.NhaCredit, null, approvedProvider: true);

        var result = EngineBuilder.Engine().Evaluate(new CredentialFacts(1, "CCMA-NHA", D("2023-01-10"), []), [course, course], [], D("2024-07-01"));

        Assert.Equal(6m, result.Progress!.Total.Counted);
        Assert.Single(result.Activities);
    }
}
