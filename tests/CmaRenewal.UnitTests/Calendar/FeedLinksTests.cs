using CmaRenewal.Application.Calendar;

namespace CmaRenewal.UnitTests.Calendar;

public sealed class FeedLinksTests
{
    [Theory]
    [InlineData("https://renewals.example.org/", "renewals.example.org", "https://renewals.example.org/people/7#credential-42")]
    [InlineData("https://example.org/cma/", "example.org", "https://example.org/cma/people/7#credential-42")] // under a path base
    [InlineData("http://localhost:5000/", "localhost", "http://localhost:5000/people/7#credential-42")]
    public void Links_AreOnTheBaseAddress(string root, string host, string credential)
    {
        var links = new FeedLinks(new Uri(root));

        Assert.Equal(host, links.Host);
        Assert.Equal(new Uri(credential), links.Credential(7, 42));
    }
}
