using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.Calendar;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using CmaRenewal.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>
/// The app's one DbContext, for SQLite and SQL Server alike; each provider keeps its migrations in its own assembly
/// (see <see cref="CmaRenewalDbOptions"/>). Take short-lived instances from <c>IDbContextFactory</c>.
/// </summary>
public sealed class CmaRenewalDbContext(DbContextOptions<CmaRenewalDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Clinic> Clinics => Set<Clinic>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<ClinicManager> ClinicManagers => Set<ClinicManager>();
    public DbSet<Credential> Credentials => Set<Credential>();
    public DbSet<Renewal> Renewals => Set<Renewal>();
    public DbSet<CeActivity> CeActivities => Set<CeActivity>();
    public DbSet<CeActivitySplit> CeActivitySplits => Set<CeActivitySplit>();
    public DbSet<CeActivityCredential> CeActivityCredentials => Set<CeActivityCredential>();
    public DbSet<FeePayment> FeePayments => Set<FeePayment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<RulePackOverride> RulePackOverrides => Set<RulePackOverride>();
    public DbSet<CustomCredentialType> CustomCredentialTypes => Set<CustomCredentialType>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    /// <summary>CE totals kept on write, and the stamps that say for which window they are valid (see <c>CeTotalsStore</c>).</summary>
    public DbSet<StoredCeTotal> CeCredentialTotals => Set<StoredCeTotal>();
    public DbSet<CeTotalsStamp> CeTotalsStamps => Set<CeTotalsStamp>();
    public DbSet<CredentialRequirement> CredentialRequirements => Set<CredentialRequirement>();

    /// <summary>The data-protection key ring every server shares (sign-in cookies, antiforgery, reset links).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CmaRenewalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Instants are UTC everywhere, but neither provider stores the kind: restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
