using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>A page or endpoint and who may open it; everyone else is refused, and anonymous visitors go to sign in.</summary>
public sealed record RouteRule(string Path, params Actor[] Allowed)
{
    private static readonly Actor[] Managers = [Actor.Rachel, Actor.Victor, Actor.Ada];

    /// <summary>
    /// Every page and endpoint of the app. Adding a route is one line here; the matrix then tests it for all six actors.
    /// Ids of someone's data are placeholders filled from the demo data (see <see cref="RoutePlaceholders"/>).
    /// </summary>
    public static readonly RouteRule[] All =
    [
        // "/" has no page of its own: it sends each role to its landing page (LandingTests).
        new("/rules", Actors.SignedIn),
        new("/admin", Actor.Ada),
        new("/admin/clinics", Actor.Ada),
        new("/admin/people", Actor.Ada),
        new("/admin/rules", Actor.Ada),
        new("/admin/policies", Actor.Ada),
        new("/admin/credential-types", Actor.Ada),
        new("/admin/audit", Actor.Ada),
        new("/admin/outbox", Actor.Ada),
        // The Hangfire dashboard: not a Blazor page, but refused and redirected the same way.
        new("/admin/jobs", Actor.Ada),
        new("/me", Actors.SignedIn),
        new("/me/profile", Actors.SignedIn),
        new("/me/audit-drill", Actors.SignedIn),
        new("/me/tokens", Actors.SignedIn),
        new("/people/{maria}", Actor.Maria, Actor.Rachel, Actor.Ada),
        new("/staff", Managers),
        new("/staff/people", Managers),
        new("/staff/audit-drill", Managers),
        new("/credentials/{mariaCredential}/audit-pack", Actor.Maria, Actor.Rachel, Actor.Ada),
        new("/staff/export.csv", Managers),
        new("/staff/export.xlsx", Managers),
        new("/staff/compliance.csv", Managers),
        new("/staff/compliance.xlsx", Managers),
        new("/staff/compliance-pivot.csv", Managers),
        new("/staff/compliance-pivot.xlsx", Managers),
        new("/import", Managers),
        new("/import/templates/activities.csv", Managers),
        // /certificates/{id}: the demo's activities carry no file, so CertificateEndpointTests upload one and check
        // owner, manager, other assistant, other clinic's manager and anonymous there.
    ];

    public static IReadOnlyList<Actor> ManagerActors => Managers;

    public override string ToString() => Path;
}
