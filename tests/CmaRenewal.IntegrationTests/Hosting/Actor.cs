using CmaRenewal.TestKit.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>The people the security tests act as, one per kind of access the demo data has.</summary>
public enum Actor
{
    Anonymous,

    /// <summary>Maria Lopez, assistant at Riverside.</summary>
    Maria,

    /// <summary>Tom Nguyen, assistant at Lakeside.</summary>
    Tom,

    /// <summary>Rachel Greene, manager of Riverside (Maria's clinic).</summary>
    Rachel,

    /// <summary>Victor Osei, manager of Lakeside and Mesa (not Maria's clinic).</summary>
    Victor,

    /// <summary>Ada, admin.</summary>
    Ada,
}

public static class Actors
{
    public static readonly Actor[] All = Enum.GetValues<Actor>();

    public static readonly Actor[] SignedIn = [Actor.Maria, Actor.Tom, Actor.Rachel, Actor.Victor, Actor.Ada];

    public static string? Email(this Actor actor) => actor switch
    {
        Actor.Maria => DemoPeople.Maria,
        Actor.Tom => DemoPeople.Tom,
        Actor.Rachel => DemoPeople.Rachel,
        Actor.Victor => DemoPeople.Victor,
        Actor.Ada => DemoPeople.Ada,
        _ => null,
    };

    /// <summary>A client signed in as <paramref name="actor"/> (or anonymous), not following redirects.</summary>
    public static async Task<HttpClient> ClientAsync(this WebApplicationFactory<Program> app, Actor actor) =>
        actor.Email() is { } email ? await app.SignedInAsync(email) : app.Anonymous();
}
