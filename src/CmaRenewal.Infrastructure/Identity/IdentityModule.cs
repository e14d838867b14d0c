using CmaRenewal.Core.Notifications;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CmaRenewal.Infrastructure.Identity;

public static class IdentityModule
{
    /// <summary>
    /// ASP.NET Core Identity on the app's own database: confirmed email required, lockout after 5 failed attempts,
    /// deactivated people refused, role and person id from the person. Mail goes through <see cref="IMailTransport"/>.
    /// </summary>
    public static IHostApplicationBuilder AddCmaIdentity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // Identity's stores want a scoped context; it comes from the same factory as every other context.
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContext());
        services.AddIdentityCore<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 10;
                // Stores keep Identity's default schema version: design-time factories (which have no IdentityOptions)
                // build the same model, so migrations match the running app. Passkeys (schema 3) are not offered.
            })
            .AddEntityFrameworkStores<CmaRenewalDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        builder.AddCmaMail();
        services.AddScoped<IdentityMailSender>();
        services.AddScoped<IEmailSender<AppUser>>(sp => sp.GetRequiredService<IdentityMailSender>());
        services.AddScoped<DemoAccounts>();
        return builder;
    }
}
