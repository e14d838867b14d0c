using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Features.Staff;
using Microsoft.AspNetCore.WebUtilities;

namespace CmaRenewal.ComponentTests.Staff;

/// <summary>The staff page's filters in its address: what the page writes, it reads back the same.</summary>
public sealed class StaffGridAddressTests
{
    private static StaffGridAddress Read(string url) => StaffGridAddress.Read(QueryHelpers.ParseQuery(new Uri(new Uri("http://app/"), url).Query));

    public static TheoryData<string> Addresses() =>
    [
        "staff",
        "staff?clinic=4",
        "staff?clinic=all",
        "staff?status=Lapsed&active=1",
        "staff?asOf=2027-01-06&clinic=4&status=Overdue,InGrace&pack=CMA-AAMA&q=Ana%20Ruiz&page=3",
        "staff?status=DueSoon&clinic=all&page=2",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public void AnAddressThePageWrites_ReadsBackToItself(string url) => Assert.Equal(url, Read(url).Url());

    [Fact]
    public void TheFields_BecomeTheGridsFilter_PageAndDate()
    {
        var address = Read("staff?clinic=4&status=Lapsed&active=1&q=ana&asOf=2027-01-06&page=3");

        Assert.Equal((4L, "ana", true), (address.Filter.ClinicId!.Value, address.Filter.Search, address.Filter.ActiveOnly));
        Assert.Equal([CredentialStatus.Lapsed], address.Filter.Statuses!);
        Assert.Equal((new DateOnly(2027, 1, 6), 2, false), (address.AsOf!.Value, address.Page, address.AllClinics));
    }

    [Theory]
    [InlineData("staff?clinic=riverside")]
    [InlineData("staff?status=Late")]
    [InlineData("staff?asOf=01/06/2027")]
    public void AnEditedAddressThatDoesNotRead_OpensThePageAsItStarts(string url) => Assert.Equal(StaffGridAddress.Start, Read(url));

    [Theory]
    [InlineData("staff?page=0")]
    [InlineData("staff?page=-2")]
    [InlineData("staff?page=two")]
    public void APageThatIsNoPage_IsTheFirst(string url) => Assert.Equal(0, Read(url).Page);

    [Fact]
    public void EveryClinic_IsWrittenOut_AndNeverWithAClinicId()
    {
        var address = new StaffGridAddress(new StaffFilter(ClinicId: 4), AllClinics: true);

        Assert.Equal("staff?clinic=all", address.Url());
    }
}
