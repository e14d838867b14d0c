using CmaRenewal.Infrastructure.Identity;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// The dashboard's own gate: the app's Admin policy on the request's user. The endpoint also requires the policy
/// (so strangers are sent to sign in like on every other page); this filter keeps the dashboard closed even if it is
/// ever mounted without that endpoint metadata.
/// </summary>
public sealed class AdminPolicyDashboardFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, AppClaims.AdminPolicy)).Succeeded;
    }
}
