using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.UnitTests.Application.StaffCompliance;

/// <summary>The staff page's summary cards and the grid's "why", on the small demo as the page opens it.</summary>
public sealed class StaffCountsTests(StaffGridWorld world) : IClassFixture<StaffGridWorld>
{
    private static readonly AccessScope Admin = new(0, PersonRole.Admin, new HashSet<long>());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IReadOnlyList<StaffRow>> EveryRowAsync() =>
        (await world.Handler().HandleAsync(Admin, new StaffGridRequest(AsOf: world.Today), Ct)).Value!.Rows;

    [Fact]
    public async Task Cards_ListEveryStatusMostSevereFirst_AndCountActivePeopleOnly()
    {
        var rows = await EveryRowAsync();
        var ava = Assert.Single(rows, r => !r.PersonIsActive);  // Ava Martinez left Mesa; her history stays

        var counts = StaffCounts.ByStatus(rows);

        Assert.Equal(Enum.GetValues<CredentialStatus>(), counts.Select(c => c.Status));
        Assert.Equal(rows.Count - 1, counts.Sum(c => c.Count));
        Assert.Equal(rows.Count(r => r.Status == ava.Status) - 1, counts.Single(c => c.Status == ava.Status).Count);
    }

    [Fact]
    public async Task ACardsFilter_KeepsExactlyTheRowsItCounted()
    {
        var rows = await EveryRowAsync();
        var ava = rows.Single(r => !r.PersonIsActive);

        var filter = StaffCounts.Toggle(StaffFilter.All, ava.Status);

        Assert.Equal(StaffCounts.ByStatus(rows).Single(c => c.Status == ava.Status).Count, rows.Count(filter.Matches));
        Assert.DoesNotContain(ava, rows.Where(filter.Matches));
    }

    [Fact]
    public void ChoosingTheChosenCardAgain_ClearsIt_AndKeepsTheOtherFilters()
    {
        var start = new StaffFilter(ClinicId: 3, Search: "ana");

        var chosen = StaffCounts.Toggle(start, CredentialStatus.Lapsed);
        var cleared = StaffCounts.Toggle(chosen, CredentialStatus.Lapsed);

        Assert.True(StaffCounts.IsChosen(chosen, CredentialStatus.Lapsed));
        Assert.False(StaffCounts.IsChosen(chosen, CredentialStatus.Overdue));
        Assert.Equal((3L, "ana", true), (chosen.ClinicId!.Value, chosen.Search, chosen.ActiveOnly));
        Assert.Equal(start with { Statuses = null }, cleared);
    }

    [Fact]
    public void TwoStatusesChosenInTheList_AreNoCardsChoice()
    {
        var filter = new StaffFilter(Statuses: [CredentialStatus.Lapsed, CredentialStatus.Overdue], ActiveOnly: true);

        Assert.False(StaffCounts.IsChosen(filter, CredentialStatus.Lapsed));
    }

    // Liam Scott's phlebotomy card (CPT-NHA): CE complete, renewal fee coming due. The grid used to read
    // "Due soon · Nothing more needed"; it now says which date sets the status and that only CE is done.
    [Fact]
    public async Task LiamsRow_SaysTheFeeSetsItsStatus()
    {
        var liam = (await EveryRowAsync()).Single(r => r.PersonName == "Liam Scott" && r.PackCode == "CPT-NHA");

        Assert.Equal(CredentialStatus.DueSoon, liam.Status);
        Assert.Equal($"Fee due {liam.FeeDueOn:yyyy-MM-dd}", liam.Why);
        Assert.Equal("No more CE needed", liam.StillNeedSummary);
    }
}
