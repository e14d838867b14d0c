using CmaRenewal.Core.Auditing;
using CmaRenewal.TestKit.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Hosting;

public static class ActingAs
{
    /// <summary>
    /// The same app with services resolved outside any request or circuit saving as <paramref name="name"/>, so a
    /// test can call a feature's service directly and still read whose change the audit trail recorded.
    /// </summary>
    public static IServiceProvider ServicesActingAs(this AppFactory app, string name) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<ICurrentActor>(_ => new TestActor(name)))).Services;
}
