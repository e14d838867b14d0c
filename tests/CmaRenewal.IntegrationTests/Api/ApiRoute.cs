using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>
/// One API request and the status each actor gets, in <see cref="Actors.All"/> order: Anonymous, Maria (assistant,
/// Riverside), Tom (assistant, Lakeside), Rachel (manages Riverside), Victor (manages Lakeside and Mesa), Ada (admin).
/// </summary>
public sealed record ApiRoute(string Method, string Path, string? Body, int[] Expected)
{
    private const string Activity = """{"completedOn":"2025-06-01","title":"API course","provider":"Provider","amount":2,"unit":"aama-ceu","category":"clinical","approvedProvider":true,"credentialIds":[{mariaCredential}]}""";

    public static readonly ApiRoute[] All =
    [
        new("GET", "/api/v1/people", null, [401, 200, 200, 200, 200, 200]),
        new("GET", "/api/v1/people/{maria}", null, [401, 200, 404, 200, 404, 200]),
        new("GET", "/api/v1/people/{tom}", null, [401, 404, 200, 404, 200, 200]),
        new("POST", "/api/v1/people", """{"email":"api-{unique}@example.test","firstName":"Api","lastName":"Invitee","clinicId":{riverside},"role":"Assistant"}""",
            [401, 403, 403, 201, 400, 201]),
        new("PUT", "/api/v1/people/{freshPerson}/active", """{"active":false}""", [401, 403, 403, 204, 404, 204]),
        new("PUT", "/api/v1/people/{freshPerson}/role", """{"expected":"Assistant","role":"Manager"}""", [401, 403, 403, 403, 403, 204]),
        new("PUT", "/api/v1/people/{freshPerson}/clinic", """{"expectedClinicId":{riverside},"clinicId":{lakeside}}""", [401, 403, 403, 403, 403, 204]),

        new("GET", "/api/v1/people/{maria}/credentials", null, [401, 200, 404, 200, 404, 200]),
        new("POST", "/api/v1/people/{maria}/credentials", """{"packCode":"CMA-AAMA","certifiedOn":"2024-01-10","number":"API-{unique}"}""",
            [401, 201, 404, 201, 404, 201]),
        new("GET", "/api/v1/credentials/{mariaCredential}", null, [401, 200, 404, 200, 404, 200]),
        new("PUT", "/api/v1/credentials/{freshCredential}", """{"packCode":"CMA-AAMA","certifiedOn":"2024-03-16","number":"API-{unique}","version":"{freshCredentialVersion}"}""",
            [401, 200, 404, 200, 404, 200]),
        new("POST", "/api/v1/credentials/{freshCredential}/fee-payments", """{"paidOn":"2025-06-01","paidThrough":"2026-06-30","amount":50}""",
            [401, 201, 404, 201, 404, 201]),

        new("GET", "/api/v1/people/{maria}/activities", null, [401, 200, 404, 200, 404, 200]),
        new("POST", "/api/v1/people/{maria}/activities", Activity, [401, 201, 404, 201, 404, 201]),
        new("GET", "/api/v1/activities/{mariaActivity}", null, [401, 200, 404, 200, 404, 200]),
        new("PUT", "/api/v1/activities/{freshActivity}", Activity.Replace("\"credentialIds\"", "\"version\":\"{freshActivityVersion}\",\"credentialIds\"", StringComparison.Ordinal),
            [401, 200, 404, 403, 404, 403]),
        new("DELETE", "/api/v1/activities/{freshActivity}?version={freshActivityVersion}", null, [401, 204, 404, 403, 404, 403]),
        new("POST", "/api/v1/activities/{freshActivity}/verify", """{"version":"{freshActivityVersion}"}""", [401, 403, 403, 200, 404, 200]),
        new("POST", "/api/v1/activities/{freshActivity}/reject", """{"version":"{freshActivityVersion}","comment":"No certificate."}""",
            [401, 403, 403, 200, 404, 200]),

        // Issue 9: Rachel manages Ada's home clinic, so she sees the admin but may change nothing of hers (403); Victor
        // cannot see her (404). Ada cannot deactivate herself (400), nor verify her own CE (404, as for anyone).
        new("POST", "/api/v1/people/{ada}/credentials", """{"packCode":"CMA-AAMA","certifiedOn":"2024-01-10","number":"API-{unique}"}""",
            [401, 404, 404, 403, 404, 201]),
        new("PUT", "/api/v1/credentials/{adaCredential}", """{"packCode":"CMA-AAMA","certifiedOn":"2024-03-16","number":"API-{unique}","version":"{adaCredentialVersion}"}""",
            [401, 404, 404, 403, 404, 200]),
        new("POST", "/api/v1/credentials/{adaCredential}/fee-payments", """{"paidOn":"2025-06-01","paidThrough":"2026-06-30","amount":50}""",
            [401, 404, 404, 403, 404, 201]),
        new("POST", "/api/v1/people/{ada}/activities", Activity, [401, 404, 404, 403, 404, 201]),
        new("POST", "/api/v1/activities/{adaActivity}/verify", """{"version":"{adaActivityVersion}"}""", [401, 403, 403, 403, 404, 404]),
        new("POST", "/api/v1/activities/{adaActivity}/reject", """{"version":"{adaActivityVersion}","comment":"No certificate."}""",
            [401, 403, 403, 403, 404, 404]),
        new("PUT", "/api/v1/people/{ada}/active", """{"active":true}""", [401, 403, 403, 403, 404, 400]),

        new("GET", "/api/v1/credentials/{mariaCredential}/audit-pack", null, [401, 200, 404, 200, 404, 200]),
        new("GET", "/api/v1/credentials/{mariaCredential}/audit-pack?cycle=1999-01-01", null, [401, 404, 404, 404, 404, 404]),

        new("GET", "/api/v1/people/{maria}/compliance?asOf=2026-06-01", null, [401, 200, 404, 200, 404, 200]),
        new("GET", "/api/v1/clinics/{riverside}/compliance", null, [401, 403, 403, 200, 404, 200]),
        new("GET", "/api/v1/clinics/{lakeside}/compliance", null, [401, 403, 403, 404, 200, 200]),
        new("GET", "/api/v1/compliance/export", null, [401, 403, 403, 200, 200, 200]),
        new("GET", "/api/v1/compliance/export?clinic={riverside}&format=xlsx", null, [401, 403, 403, 200, 404, 200]),
        new("POST", "/api/v1/evaluate", """{"packCode":"CMA-AAMA","certifiedOn":"2023-05-01","asOf":"2026-01-15","activities":[{"completedOn":"2025-01-01","amount":10,"unit":"aama-ceu","category":"clinical","approvedProvider":true}]}""",
            [401, 200, 200, 200, 200, 200]),
    ];

    public int ExpectedFor(Actor actor) => Expected[Array.IndexOf(Actors.All, actor)];

    public override string ToString() => $"{Method} {Path}";
}
