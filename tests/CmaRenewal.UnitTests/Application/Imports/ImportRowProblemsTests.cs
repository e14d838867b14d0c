using CmaRenewal.Application.Imports;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>
/// One bad row at a time, in a dry run: each is reported on its line and column with its value and the domain's reason,
/// and a good row beside it is still counted. Table-driven: (kind, row, column, value, words of the reason).
/// </summary>
public sealed class ImportRowProblemsTests : IAsyncLifetime
{
    private ImportWorld world = null!;

    public async ValueTask InitializeAsync() => world = await ImportWorld.CreateAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private static readonly string[] AllColumns = ["approved", "completed_on", "title", "unit"];

    private const string GoodActivity = "ana.lopez@example.org,2026-01-10,Good course,AAMA,1,aama-ceu,clinical,yes,CMA-AAMA";

    public static TheoryData<string, string, string, string> Activities => new()
    {
        { "ana.lopez@example.org,13/03/2026,T,P,1,aama-ceu,,yes,", "completed_on", "13/03/2026", "there is no month 13" },
        { "ana.lopez@example.org,10-01-2026,T,P,1,aama-ceu,,yes,", "completed_on", "10-01-2026", "could be day-month or month-day" },
        { "ana.lopez@example.org,2026-02-30,T,P,1,aama-ceu,,yes,", "completed_on", "2026-02-30", "no such day" },
        { "ana.lopez@example.org,1/10/2027,T,P,1,aama-ceu,,yes,", "completed_on", "1/10/2027", "cannot be in the future" },
        { "ana.lopez@example.org,2027-01-01,T,P,1,aama-ceu,,yes,", "completed_on", "2027-01-01", "cannot be in the future" },
        { "ana.lopez@example.org,1949-12-31,T,P,1,aama-ceu,,yes,", "completed_on", "1949-12-31", "before 1950" },
        { "ana.lopez@example.org,2026-01-10,T,P,-2,aama-ceu,,yes,", "amount", "-2", "must be more than zero" },
        { "ana.lopez@example.org,2026-01-10,T,P,0,aama-ceu,,yes,", "amount", "0", "must be more than zero" },
        { "ana.lopez@example.org,2026-01-10,T,P,5000,clock-hour,,yes,", "amount", "5000", "more than one certificate shows" },
        { "ana.lopez@example.org,2026-01-10,T,P,1.555,clock-hour,,yes,", "amount", "1.555", "two decimals" },
        { "ana.lopez@example.org,2026-01-10,T,P,two,clock-hour,,yes,", "amount", "two", "not a number" },
        { "ana.lopez@example.org,2026-01-10,T,P,1,furlongs,,yes,", "unit", "furlongs", "not a unit the rule packs know" },
        { "ana.lopez@example.org,2026-01-10,T,P,1,amt-point,,yes,CMA-AAMA", "counts_toward", "CMA-AAMA", "CMA-AAMA does not accept amt-point" },
        { "ana.lopez@example.org,2026-01-10,T,P,1,aama-ceu,,yes,XYZ-999", "counts_toward", "XYZ-999", "'XYZ-999' is not a credential code" },
        { "ana.lopez@example.org,2026-01-10,T,P,1,aama-ceu,,yes,NCMA-NCCT", "counts_toward", "NCMA-NCCT", "holds no NCMA-NCCT" },
        { "ana.lopez@example.org,2026-01-10,T,P,1,clock-hour,clinical,yes,RMA-AMT", "category", "clinical", "RMA-AMT has no CE categories" },
        { "ben@example.org,2026-01-10,T,P,1,clock-hour,clinical,yes,", "category", "clinical", "RMA-AMT has no CE categories" },
        { "ana.lopez@example.org,2026-01-10,T,P,1,aama-ceu,surgery,yes,CMA-AAMA", "category", "surgery", "not a category" },
        { "ana.lopez@example.org,2026-01-10,T,P,1,aama-ceu,,maybe,", "approved", "maybe", "yes or no" },
        { "ana.lopez@example.org,2026-01-10,,P,1,aama-ceu,,yes,", "title", "", "Enter the course title" },
        { "ana.lopez@example.org,2026-01-10,T,,1,aama-ceu,,yes,", "provider", "", "Enter who provided the course" },
        { "nobody@example.org,2026-01-10,T,P,1,aama-ceu,,yes,", "email", "nobody@example.org", "no person has this email" },
        { "not-an-email,2026-01-10,T,P,1,aama-ceu,,yes,", "email", "not-an-email", "is not an email address" },
    };

    [Theory]
    [MemberData(nameof(Activities))]
    public async Task ActivityRow_IsReportedOnItsLineAndColumn(string row, string column, string value, string reason)
    {
        var report = await world.RunAsync(ImportKind.Activities, ImportWorld.Csv(ImportWorld.ActivitiesHeader, GoodActivity, row), dryRun: true);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, column, value), (problem.Line, problem.Column, problem.Value));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Equal((2, 1, 1), (report.Rows, report.Created, report.Skipped));
        Assert.False(report.Written);
    }

    public static TheoryData<string, string, string, string> Credentials => new()
    {
        { "ana.lopez@example.org,CMA-XYZ,1,2020-01-01,,", "credential", "CMA-XYZ", "not a credential code" },
        { "ana.lopez@example.org,NCMA-NCCT,1,2020-13-01,,", "certified_on", "2020-13-01", "no such day" },
        { "ana.lopez@example.org,NCMA-NCCT,1,,,", "certified_on", "", "required" },
        { "ana.lopez@example.org,NCMA-NCCT,1,2027-01-01,,", "certified_on", "2027-01-01", "cannot be in the future" },
        { "ana.lopez@example.org,NCMA-NCCT,1,2020-01-01,2019-01-01,", "last_recertified_on", "2019-01-01", "cannot come before certification" },
        { "ana.lopez@example.org,NCMA-NCCT,1,2020-01-01,1/1/24,", "last_recertified_on", "1/1/24", "two-digit year" },
        { "ana.lopez@example.org,NCMA-NCCT,1,1/1/2020,12/31/2019,", "last_recertified_on", "12/31/2019", "cannot come before certification" },
        { "ana.lopez@example.org,BLS-AHA,1,2025-01-01,,2026-12-31", "fee_paid_through", "2026-12-31", "BLS-AHA has no fee" },
        { "ana.lopez@example.org,NCMA-NCCT," + new string('9', 61) + ",2020-01-01,,", "number", new string('9', 61), "too long" },
        { "oz@example.org,NCMA-NCCT,1,2020-01-01,,", "email", "oz@example.org", "no person in your clinics" },
    };

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task CredentialRow_IsReportedOnItsLineAndColumn(string row, string column, string value, string reason)
    {
        var report = await world.RunAsync(ImportKind.Credentials,
            ImportWorld.Csv(ImportWorld.CredentialsHeader, "ben@example.org,NCMA-NCCT,N-1,2024-01-01,,", row), dryRun: true, scope: world.Manager);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, column, value), (problem.Line, problem.Column, problem.Value));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Equal(1, report.Created);
    }

    public static TheoryData<string, string, string, string> People => new()
    {
        { "new@example.org,New,Person,Lakeside Family Clinic,Boss,", "role", "Boss", "Assistant or Manager" },
        { "new@example.org,New,Person,Lakeside Family Clinic,Manager,", "role", "Manager", "only admins import managers" },
        { "new@example.org,New,Person,Lakeside Family Clinic,Assistant,Mars/Olympus", "time_zone", "Mars/Olympus", "not an IANA time zone" },
        { "new@example.org,,Person,Lakeside Family Clinic,Assistant,", "first_name", "", "first_name is required" },
        { "new@example.org,New,Person,Mesa Urgent Care,Assistant,", "clinic", "Mesa Urgent Care", "not one of your clinics" },
        { "new@example.org,New,Person,Nowhere Clinic,Assistant,", "clinic", "Nowhere Clinic", "not one of your clinics" },
        // Issue 9: the neutral answer, never "belongs to someone outside your clinics".
        { "oz@example.org,Oz,Reyes,Lakeside Family Clinic,Assistant,", "email", "oz@example.org", "cannot be used from your clinics" },
        { "new.example.org,New,Person,Lakeside Family Clinic,Assistant,", "email", "new.example.org", "not an email address" },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task PeopleRow_FromAManager_IsReportedOnItsLineAndColumn(string row, string column, string value, string reason)
    {
        var report = await world.RunAsync(ImportKind.People,
            ImportWorld.Csv(ImportWorld.PeopleHeader, "kim@example.org,Kim,Lee,Lakeside Family Clinic,Assistant,", row), dryRun: true, scope: world.Manager);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, column, value), (problem.Line, problem.Column, problem.Value));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Equal(1, report.Created);
    }

    [Fact]
    public async Task EveryProblemOfARow_IsReported_NotJustTheFirst()
    {
        var report = await world.RunAsync(ImportKind.Activities,
            ImportWorld.Csv(ImportWorld.ActivitiesHeader, "ana.lopez@example.org,12/03/2026,,P,-1,furlongs,,perhaps,"), dryRun: true);

        Assert.Equal(AllColumns, report.Problems.Select(p => p.Column!).Order(StringComparer.Ordinal).ToArray());
        // The amount is judged against its unit's largest certificate, so an unknown unit leaves it unjudged.
        Assert.Equal(4, report.Problems.Count);
        Assert.All(report.Problems, p => Assert.Equal(2, p.Line));
    }

    [Fact]
    public async Task DuplicateRowsInTheFile_TheSecondIsReported_WithTheFirstLine()
    {
        var report = await world.RunAsync(ImportKind.Activities,
            ImportWorld.Csv(ImportWorld.ActivitiesHeader, GoodActivity, "ben@example.org,2026-01-10,Good course,AAMA,1,clock-hour,,no,", GoodActivity),
            dryRun: true);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("the same row as line 2", problem.Reason, StringComparison.Ordinal);
        Assert.Equal((3, 2, 1), (report.Rows, report.Created, report.Skipped));
    }

    [Fact]
    public void Problem_PrintsAsLineColumnValueReason()
    {
        Assert.Equal("line 4, completed_on, \"03/12/2026\": not a date like 2026-03-12",
            new ImportProblem(4, "completed_on", "03/12/2026", "not a date like 2026-03-12").ToString());
        Assert.Equal("line 3: not UTF-8", new ImportProblem(3, null, null, "not UTF-8").ToString());
    }
}
