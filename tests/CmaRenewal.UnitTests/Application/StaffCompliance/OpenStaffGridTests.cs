using CmaRenewal.Application;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.StaffCompliance;

public sealed class OpenStaffGridTests(StaffGridWorld world) : IClassFixture<StaffGridWorld>
{
    private const string Riverside = "Riverside Family Medicine", Lakeside = "Lakeside Pediatrics", Mesa = "Mesa Urgent Care";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Who asks (role, clinics managed), what they ask (clinic, start on one), and what they get: the outcome, the
    // clinic shown (null = all), the clinics they may pick, in name order, and the clinics the rows come from.
    public static TheoryData<PersonRole, string[], string?, bool, UseCaseOutcome, string?, string[], string[]> Cases => new()
    {
        { PersonRole.Assistant, [], null, true, UseCaseOutcome.Forbidden, null, [], [] },
        { PersonRole.Manager, [Riverside], Lakeside, false, UseCaseOutcome.NotFound, null, [], [] },
        { PersonRole.Manager, [Riverside], null, true, UseCaseOutcome.Done, Riverside, [Riverside], [Riverside] },
        { PersonRole.Manager, [Riverside], null, false, UseCaseOutcome.Done, null, [Riverside], [Riverside] },
        { PersonRole.Manager, [Lakeside, Mesa], null, true, UseCaseOutcome.Done, null, [Lakeside, Mesa], [Lakeside, Mesa] },
        { PersonRole.Manager, [Lakeside, Mesa], Mesa, true, UseCaseOutcome.Done, Mesa, [Lakeside, Mesa], [Mesa] },
        { PersonRole.Manager, [], null, true, UseCaseOutcome.Done, null, [], [] },
        { PersonRole.Admin, [], null, true, UseCaseOutcome.Done, Lakeside, [Lakeside, Mesa, Riverside], [Lakeside] },
        { PersonRole.Admin, [], null, false, UseCaseOutcome.Done, null, [Lakeside, Mesa, Riverside], [Lakeside, Mesa, Riverside] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Open_ShowsOnlyWhatTheActorMaySee(
        PersonRole role, string[] managed, string? asked, bool startOnOne, UseCaseOutcome outcome, string? shown, string[] choices, string[] rowClinics)
    {
        var actor = new AccessScope(0, role, (await Task.WhenAll(managed.Select(world.ClinicIdAsync))).ToHashSet());
        long? clinic = asked is null ? null : await world.ClinicIdAsync(asked);

        var result = await world.Handler().HandleAsync(actor, new StaffGridRequest(clinic, world.Today, startOnOne), Ct);

        Assert.Equal(outcome, result.Outcome);
        if (outcome != UseCaseOutcome.Done)
        {
            Assert.Null(result.Value);
            Assert.False(string.IsNullOrWhiteSpace(result.Message));
            return;
        }
        var view = result.Value!;
        Assert.Equal(shown is null ? null : await world.ClinicIdAsync(shown), view.ClinicId);
        Assert.Equal(choices, view.Clinics.Select(c => c.Name));
        Assert.Equal(rowClinics.Order(), view.Rows.Select(r => r.ClinicName).Distinct().Order());
        Assert.All(view.Rows, r => Assert.Equal(view.Clinics.Single(c => c.Id == r.ClinicId).Name, r.ClinicName));
    }

    [Fact]
    public async Task Refusals_SayWhy()
    {
        var lakeside = await world.ClinicIdAsync(Lakeside);
        var manager = new AccessScope(0, PersonRole.Manager, new HashSet<long> { await world.ClinicIdAsync(Riverside) });

        var forbidden = await world.Handler().HandleAsync(AccessScope.Nobody, new StaffGridRequest(), Ct);
        var notFound = await world.Handler().HandleAsync(manager, new StaffGridRequest(lakeside), Ct);

        Assert.Equal("Only managers and admins can see the staff grid.", forbidden.Message);
        Assert.Equal($"There is no clinic {lakeside} that you can see.", notFound.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    [InlineData(-16)]
    [InlineData(-40)]
    public async Task LastActivity_IsEachPersonsLatestCe_NotRejected_UpToTheDate(int monthsBack)
    {
        var asOf = world.Today.AddMonths(monthsBack);
        var admin = new AccessScope(0, PersonRole.Admin, new HashSet<long>());

        var view = (await world.Handler().HandleAsync(admin, new StaffGridRequest(AsOf: asOf), Ct)).Value!;

        // Worked out here from every activity row, the slow way the query replaces.
        await using var db = world.Database.CreateContext();
        var activities = await db.CeActivities.AsNoTracking().Select(a => new { a.PersonId, a.CompletedOn, a.Verification }).ToListAsync(Ct);
        var expected = activities.Where(a => a.CompletedOn <= asOf && a.Verification != VerificationStatus.Rejected)
            .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.Max(a => a.CompletedOn));
        Assert.NotEmpty(view.Rows);
        Assert.All(view.Rows, r => Assert.Equal(expected.TryGetValue(r.PersonId, out var d) ? d : null, r.LastActivityOn));
        Assert.Equal(asOf, view.AsOf);
    }

    [Fact]
    public async Task WithoutADate_TheGridIsProjectedForTodayInTheActorsZone()
    {
        var rachel = await world.PersonIdAsync(DemoPeople.Rachel);
        var manager = new AccessScope(rachel, PersonRole.Manager, new HashSet<long> { await world.ClinicIdAsync(Riverside) });

        var view = (await world.Handler().HandleAsync(manager, new StaffGridRequest(), Ct)).Value!;

        Assert.Equal(world.Engine.TodayIn(TimeZoneInfo.FindSystemTimeZoneById("America/New_York")), view.AsOf);
    }

    [Fact]
    public async Task ACancelledOpen_StopsBeforeReading()
    {
        var admin = new AccessScope(0, PersonRole.Admin, new HashSet<long>());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Handler().HandleAsync(admin, new StaffGridRequest(), cancelled.Token));
    }
}
