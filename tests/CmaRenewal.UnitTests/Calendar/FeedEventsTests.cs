using CmaRenewal.Application.Calendar;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Calendar;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.UnitTests.Calendar;

/// <summary>The pure step from engine results to calendar events, on results the real engine gives.</summary>
public sealed class FeedEventsTests
{
    private static readonly FeedLinks Links = new(new Uri("https://renewals.example.org/"));

    private static readonly EngineBuilder HalfDone = new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 10, Units.AamaCeu, "administrative").Ce("2020-06-01", 10, Units.AamaCeu, "clinical").Ce("2020-06-01", 10, Units.AamaCeu, "general");

    private static readonly EngineBuilder Complete = new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 10, Units.AamaCeu, "administrative").Ce("2020-06-01", 10, Units.AamaCeu, "clinical").Ce("2020-06-01", 40, Units.AamaCeu, "general");

    private static readonly EngineBuilder Bls = new("BLS-AHA", "2021-04-20");

    private static readonly EngineBuilder AmtUnpaid = new("RMA-AMT", "2021-01-15");

    public static TheoryData<string, MilestoneKind, bool, string, string[], string[]> Cases() => new()
    {
        // builder, milestone, clinic feed?, summary, description must contain, must not contain
        { "half-done", MilestoneKind.CeCompleteBy, false, "CE due: CMA-AAMA", ["Status: On track.", "Still needed: 30 more points"], ["This step is done."] },
        { "half-done", MilestoneKind.CeCompleteBy, true, "Maria Lopez · CE due: CMA-AAMA", ["held by Maria Lopez.", "Still needed: 30 more points"], [] },
        { "half-done", MilestoneKind.Expiration, false, "Expires: CMA-AAMA", ["Still needed: 30 more points"], ["Fee ("] },
        { "complete", MilestoneKind.CeCompleteBy, false, "CE due: CMA-AAMA (done)", ["Status: Compliant.", "This step is done."], ["Still needed"] },
        { "bls", MilestoneKind.Expiration, false, "Expires: BLS-AHA", ["BLS-AHA No. 0123, held by Maria Lopez."], ["Still needed"] },
        { "amt-unpaid", MilestoneKind.FeeDue, false, "Fee due: RMA-AMT", ["Fee (annual) of $50.00 due"], ["Still needed"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Event_SaysWhatTheMilestoneIs_AndWhatIsStillNeeded(
        string builder, MilestoneKind kind, bool forClinic, string summary, string[] contains, string[] lacks)
    {
        var row = Row(builder);
        var milestone = Assert.Single(row.Result.Milestones, m => m.Kind == kind);

        var e = Assert.Single(FeedEvents.For([row], forClinic, Links), e => e.Uid.Contains($"-{kind.ToString().ToLowerInvariant()}", StringComparison.Ordinal));

        Assert.Equal(summary, e.Summary);
        Assert.Equal(milestone.Date, e.Date);
        Assert.All(contains, text => Assert.Contains(text, e.Description, StringComparison.Ordinal));
        Assert.All(lacks, text => Assert.DoesNotContain(text, e.Description, StringComparison.Ordinal));
        Assert.Equal(new Uri("https://renewals.example.org/people/7#credential-42"), e.Link);
        Assert.EndsWith("Open in CmaRenewal: https://renewals.example.org/people/7#credential-42", e.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void InSpanish_TheDescriptionReadsInSpanish_AndCodesStay()
    {
        IReadOnlyList<FeedEvent> events;
        using (AppCulture.Use("es")) events = FeedEvents.For([Row("complete"), Row("bls")], forClinic: false, Links);

        var done = Assert.Single(events, e => e.Uid.StartsWith("credential-42-cycle-1-cecompleteby", StringComparison.Ordinal) && e.Summary.EndsWith("(hecho)", StringComparison.Ordinal));
        Assert.Contains("CMA-AAMA", done.Summary, StringComparison.Ordinal);
        Assert.Contains("Este paso está hecho.", done.Description, StringComparison.Ordinal);
        Assert.Contains(events, e => e.Description.Contains("BLS-AHA n.º 0123, de Maria Lopez.", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Contains("\nEstado: ", e.Description, StringComparison.Ordinal));
        Assert.All(events, e => Assert.EndsWith("Abrir en CmaRenewal: https://renewals.example.org/people/7#credential-42", e.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("half-done")]
    [InlineData("complete")]
    [InlineData("bls")]
    [InlineData("amt-unpaid")]
    public void OneEventPerEngineMilestone_OnItsOwnDate(string builder)
    {
        var row = Row(builder);

        var events = FeedEvents.For([row], forClinic: false, Links);

        Assert.Equal(row.Result.Milestones.Select(m => m.Date), events.Select(e => e.Date));
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
    }

    [Theory]
    [InlineData(false, "credential-42-cycle-1-cecompleteby@renewals.example.org")]
    [InlineData(true, "credential-42-cycle-1-cecompleteby-staff@renewals.example.org")]
    public void Uid_IsCredentialCycleAndKind_WhateverTheDayOfAsking(bool forClinic, string uid)
    {
        var early = FeedEvents.For([Row("half-done", "2021-01-01")], forClinic, Links);
        var later = FeedEvents.For([Row("half-done", "2022-06-01")], forClinic, Links);

        Assert.Contains(early, e => e.Uid == uid);
        Assert.Contains(later, e => e.Uid == uid);
        Assert.Equal(early.Select(e => e.Uid).Order(), later.Select(e => e.Uid).Order());
    }

    [Fact]
    public void NextCycle_GetsNewUids()
    {
        var cycle1 = FeedEvents.For([Row("bls", "2022-01-01")], false, Links);
        var cycle2 = FeedEvents.For([Row(new EngineBuilder("BLS-AHA", "2021-04-20").Renewed("2023-04-01"), "2023-06-01")], false, Links);

        Assert.Contains("-cycle-1-", cycle1[0].Uid, StringComparison.Ordinal);
        Assert.DoesNotContain(cycle2, e => cycle1.Any(c => c.Uid == e.Uid));
    }

    [Fact]
    public void ClinicFeed_IsOrderedByPerson()
    {
        var zoe = Row("bls") with { PersonName = "Zoe Young", CredentialId = 1 };
        var amy = Row("bls") with { PersonName = "Amy Adams", CredentialId = 2 };

        var events = FeedEvents.For([zoe, amy], forClinic: true, Links);

        Assert.StartsWith("Amy Adams · ", events[0].Summary, StringComparison.Ordinal);
        Assert.StartsWith("Zoe Young · ", events[^1].Summary, StringComparison.Ordinal);
    }

    private static CredentialCompliance Row(string builder, string asOf = "2022-06-01") => Row(builder switch
    {
        "half-done" => HalfDone,
        "complete" => Complete,
        "bls" => Bls,
        "amt-unpaid" => AmtUnpaid,
        _ => throw new ArgumentOutOfRangeException(nameof(builder)),
    }, asOf);

    private static CredentialCompliance Row(EngineBuilder builder, string asOf)
    {
        var result = builder.EvaluateOn(asOf);
        return new CredentialCompliance(42, 7, "Maria Lopez", "maria@example.org", 1, true, result.PackCode, "0123", result);
    }
}
