using CmaRenewal.Application.People;
using CmaRenewal.Core.Notifications;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.TestKit.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.UnitTests.Application.People;

/// <summary>
/// The people handlers as the app builds them, with no Web in between: Identity's user store on the world's database,
/// and invitation emails written to a pickup folder in the given data directory.
/// </summary>
internal static class PeopleServices
{
    public static ServiceProvider Build(HandlerWorld world, string dataDirectory)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(world.Database.Clock);
        services.AddSingleton<IDbContextFactory<CmaRenewalDbContext>>(new OptionsDbContextFactory(world.Database.Options()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContext());
        // Reset tokens are protected data; the keys need to outlive nothing here.
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<CmaRenewalDbContext>().AddDefaultTokenProviders();
        services.Configure<StorageOptions>(o => o.DataDirectory = dataDirectory);
        services.Configure<SmtpOptions>(_ => { });
        services.AddSingleton<IMailTransport, PickupFolderMailTransport>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<IdentityMailSender>();
        services.AddScoped<AccountActions>();
        services.AddScoped<PeopleAdmin>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffInvitations>();
        return services.BuildServiceProvider();
    }
}
