using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Imports;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.Application.Imports;

/// <summary>
/// One import run: its context and its SQL side (one connection, one transaction for a real run), who imports (managers see only
/// their clinics; the verb imports as an admin), the rules in force and the clock.
/// </summary>
internal sealed class ImportSession(CmaRenewalDbContext db, ImportDatabase sql, AccessScope scope, RuleCatalog rules, TimeProvider time)
{
    private readonly Dictionary<string, DateOnly> todays = new(StringComparer.Ordinal);

    public CmaRenewalDbContext Db { get; } = db;
    public ImportDatabase Sql { get; } = sql;
    public AccessScope Scope { get; } = scope;
    public RuleCatalog Rules { get; } = rules;
    public DateTime NowUtc { get; } = time.GetUtcNow().UtcDateTime;

    /// <summary>Today in a zone (a person's own, else their clinic's), as the forms judge "not in the future".</summary>
    public DateOnly TodayIn(string zone)
    {
        if (todays.TryGetValue(zone, out var today)) return today;
        today = PersonToday.In(new DateTimeOffset(NowUtc), PersonToday.ZoneOf(zone));
        todays[zone] = today;
        return today;
    }
}
