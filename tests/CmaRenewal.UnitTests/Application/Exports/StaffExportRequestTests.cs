using CmaRenewal.Application.Exports;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using Microsoft.Extensions.Primitives;

namespace CmaRenewal.UnitTests.Application.Exports;

/// <summary>The export's query string: what the page's links write, the endpoints read back, and what they refuse.</summary>
public sealed class StaffExportRequestTests
{
    private static Dictionary<string, StringValues> Query(params (string Key, string[] Values)[] fields) =>
        fields.ToDictionary(f => f.Key, f => new StringValues(f.Values));

    [Fact]
    public void TheLinkThePageWrites_ReadsBackAsTheSameFilter()
    {
        var filter = new StaffFilter(4, [CredentialStatus.Overdue, CredentialStatus.InGrace], "CMA-AAMA", " Ana Ruiz ");

        var url = StaffExportRequest.Url("csv", filter, D("2026-03-02"));
        var query = url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => new StringValues(Uri.UnescapeDataString(p[1])));

        Assert.Equal("staff/export.csv?asOf=2026-03-02&clinic=4&status=Overdue,InGrace&pack=CMA-AAMA&q=Ana%20Ruiz", url);
        Assert.True(StaffExportRequest.TryParse(query, out var request, out _));
        Assert.Equal(D("2026-03-02"), request.AsOf);
        Assert.Equal((4L, "CMA-AAMA", "Ana Ruiz"), (request.Filter.ClinicId!.Value, request.Filter.PackCode, request.Filter.Search));
        Assert.Equal([CredentialStatus.Overdue, CredentialStatus.InGrace], request.Filter.Statuses!);
    }

    [Fact]
    public void ACardsActivePeopleOnly_TravelsInTheLink()
    {
        var filter = new StaffFilter(Statuses: [CredentialStatus.Lapsed], ActiveOnly: true);

        var url = StaffExportRequest.Url("xlsx", filter, D("2026-03-02"));

        Assert.Equal("staff/export.xlsx?asOf=2026-03-02&status=Lapsed&active=1", url);
        Assert.True(StaffExportRequest.TryParse(Query(("active", ["1"]), ("status", ["Lapsed"])), out var request, out _));
        Assert.True(request.Filter.ActiveOnly);
    }

    [Fact]
    public void StatusesRepeatedOrCommaSeparated_AnyCase_NamesCaseInsensitive()
    {
        Assert.True(StaffExportRequest.TryParse(Query(("STATUS", ["overdue, dueSoon", "Lapsed"])), out var request, out _));

        Assert.Equal([CredentialStatus.Overdue, CredentialStatus.DueSoon, CredentialStatus.Lapsed], request.Filter.Statuses!);
        Assert.Null(request.AsOf);
    }

    [Theory]
    [InlineData("clinic", "riverside", "clinic must be a clinic id.")]
    [InlineData("clinic", "-1", "clinic must be a clinic id.")]
    [InlineData("asOf", "03/02/2026", "asOf must be a date written YYYY-MM-DD.")]
    [InlineData("status", "Late", "status 'Late' is not one of Missing, Lapsed, InGrace, Overdue, DueSoon, AtRisk, OnTrack, Compliant.")]
    [InlineData("status", "8", "status '8' is not one of Missing, Lapsed, InGrace, Overdue, DueSoon, AtRisk, OnTrack, Compliant.")]
    public void ABadField_IsRefusedWithItsReason(string field, string value, string error)
    {
        Assert.False(StaffExportRequest.TryParse(Query((field, [value])), out _, out var said));

        Assert.Equal(error, said);
    }
}
