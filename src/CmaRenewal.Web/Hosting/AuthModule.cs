using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Web.Components.Account;
using CmaRenewal.Web.Features.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CmaRenewal.Web.Hosting;

public static class AuthModule
{
    /// <summary>Cookie sign-in for the Blazor app, role policies, and the signed-in person as the audit actor.</summary>
    public static IHostApplicationBuilder AddCmaAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the site is served over HTTPS; plain HTTP only on a developer's loopback.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
            }));
        services.AddAuthorizationBuilder()
            .AddPolicy(AppClaims.AdminPolicy, p => p.RequireRole(nameof(PersonRole.Admin)))
            .AddPolicy(AppClaims.ManagerPolicy, p => p.RequireRole(nameof(PersonRole.Manager), nameof(PersonRole.Admin)));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, SignedInActor>();
        services.AddScoped<AccessScopes>();
        services.AddScoped<PersonClock>();
        services.AddScoped<CurrentUser>();
        return builder;
    }
}
