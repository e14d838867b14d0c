using System.Globalization;
using System.Text.RegularExpressions;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>
/// Fills placeholders in API paths and bodies from the small demo: <c>{maria}</c>, <c>{tom}</c>, <c>{riverside}</c>,
/// <c>{lakeside}</c>, <c>{mariaCredential}</c>, <c>{mariaActivity}</c>; and <c>{fresh…}</c> rows made for this one
/// request (a Riverside assistant, a credential and an unverified CE entry of Maria's, with their versions), so a
/// write never changes what another case reads. <c>{ada}</c> is the admin (her home clinic is Riverside), with
/// <c>{adaCredential}</c> and <c>{adaActivity}</c> made fresh like Maria's. <c>{unique}</c> is new each time.
/// </summary>
public sealed partial class ApiWorld(AppFactory app)
{
    public async Task<T> WithDbAsync<T>(Func<CmaRenewalDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    public Task<long> PersonAsync(string email) => WithDbAsync(db => db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync());

    public Task<long> ClinicAsync(string name) => WithDbAsync(db => db.Clinics.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    public async Task<(long Id, Guid Version)> FreshActivityAsync(long personId) => await WithDbAsync(async db =>
    {
        var activity = new CeActivity(personId, new CeActivityDetails(new DateOnly(2025, 5, 1), "API test course", "Test Provider", 200,
            Units.AamaCeu, "clinical", true), new DateTime(2025, 5, 2, 0, 0, 0, DateTimeKind.Utc));
        db.CeActivities.Add(activity);
        await db.SaveChangesAsync();
        return (activity.Id, activity.Version);
    });

    public async Task<(long Id, Guid Version)> FreshCredentialAsync(long personId) => await WithDbAsync(async db =>
    {
        var credential = new Credential(personId, "CMA-AAMA", new DateOnly(2024, 3, 15), $"API-{Guid.NewGuid():N}"[..20]);
        db.Credentials.Add(credential);
        await db.SaveChangesAsync();
        return (credential.Id, credential.Version);
    });

    public async Task<long> FreshPersonAsync(long clinicId) => await WithDbAsync(async db =>
    {
        var person = new Person(clinicId, $"fresh-{Guid.NewGuid():N}@example.test", "Fresh", "Person", PersonRole.Assistant);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    /// <summary>The same values filled into every template given (a path and its body share their fresh rows).</summary>
    public async Task<string[]> FillAsync(params string?[] templates)
    {
        var text = string.Join("\n", templates);
        var values = new Dictionary<string, string>();
        var maria = await PersonAsync(DemoPeople.Maria);
        foreach (var name in Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct())
        {
            if (values.ContainsKey(name)) continue;
            switch (name)
            {
                case "maria": values[name] = Id(maria); break;
                case "tom": values[name] = Id(await PersonAsync(DemoPeople.Tom)); break;
                case "riverside": values[name] = Id(await ClinicAsync("Riverside Family Medicine")); break;
                case "lakeside": values[name] = Id(await ClinicAsync("Lakeside Pediatrics")); break;
                case "mariaCredential":
                    values[name] = Id(await WithDbAsync(db => db.Credentials.Where(c => c.PersonId == maria).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()));
                    break;
                case "mariaActivity":
                    values[name] = Id(await WithDbAsync(db => db.CeActivities.Where(a => a.PersonId == maria).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()));
                    break;
                case "freshActivity" or "freshActivityVersion":
                    var (activity, activityVersion) = await FreshActivityAsync(maria);
                    (values["freshActivity"], values["freshActivityVersion"]) = (Id(activity), activityVersion.ToString());
                    break;
                case "freshCredential" or "freshCredentialVersion":
                    var (credential, credentialVersion) = await FreshCredentialAsync(maria);
                    (values["freshCredential"], values["freshCredentialVersion"]) = (Id(credential), credentialVersion.ToString());
                    break;
                case "ada": values[name] = Id(await PersonAsync(DemoPeople.Ada)); break;
                case "adaActivity" or "adaActivityVersion":
                    var (adaActivity, adaActivityVersion) = await FreshActivityAsync(await PersonAsync(DemoPeople.Ada));
                    (values["adaActivity"], values["adaActivityVersion"]) = (Id(adaActivity), adaActivityVersion.ToString());
                    break;
                case "adaCredential" or "adaCredentialVersion":
                    var (adaCredential, adaCredentialVersion) = await FreshCredentialAsync(await PersonAsync(DemoPeople.Ada));
                    (values["adaCredential"], values["adaCredentialVersion"]) = (Id(adaCredential), adaCredentialVersion.ToString());
                    break;
                case "freshPerson": values[name] = Id(await FreshPersonAsync(await ClinicAsync("Riverside Family Medicine"))); break;
                case "unique": values[name] = Guid.NewGuid().ToString("N")[..12]; break;
                default: throw new InvalidOperationException($"Unknown placeholder {{{name}}}.");
            }
        }
        return [.. templates.Select(t => t is null ? "" : Placeholder().Replace(t, m => values[m.Groups[1].Value]))];
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
