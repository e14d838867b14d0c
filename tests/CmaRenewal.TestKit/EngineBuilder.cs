using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.TestKit;

/// <summary>Builds engine inputs with sensible defaults, so each test states only what matters to it.</summary>
public sealed class EngineBuilder
{
    private readonly List<ActivityFacts> activities = [];
    private readonly List<FeePaymentFacts> payments = [];
    private readonly List<RenewalFacts> renewals = [];
    private long nextActivityId = 1;

    public EngineBuilder(string packCode, string certifiedOn)
    {
        PackCode = packCode;
        CertifiedOn = Dates.D(certifiedOn);
    }

    public string PackCode { get; }

    public DateOnly CertifiedOn { get; }

    public DateOnly? ExpiresOnOverride { get; set; }

    /// <summary>The holder's clinic's lead time; null follows <see cref="Policy"/>'s organisation default.</summary>
    public int? ClinicLeadTimeDays { get; set; }

    public StatusPolicy Policy { get; set; } = StatusPolicy.Default;

    public static ComplianceEngine Engine(StatusPolicy? policy = null) => new(Packs.Shipped, new FakeTimeProvider(), policy);

    public EngineBuilder Renewed(string on)
    {
        renewals.Add(new RenewalFacts(Dates.D(on)));
        return this;
    }

    public EngineBuilder Ce(string on, decimal amount, string unit, string? category = null, bool approved = true, string kind = ActivityKinds.Course)
    {
        activities.Add(ActivityFacts.InOneCategory(nextActivityId++, Dates.D(on), amount, unit, category, approved, kind));
        return this;
    }

    public EngineBuilder Activity(ActivityFacts activity)
    {
        activities.Add(activity);
        return this;
    }

    public EngineBuilder Paid(string on, string through, decimal amount = 50m)
    {
        payments.Add(new FeePaymentFacts(Dates.D(on), Dates.D(through), amount));
        return this;
    }

    public CredentialFacts Credential => new(1, PackCode, CertifiedOn, renewals, ExpiresOnOverride, ClinicLeadTimeDays);

    public IReadOnlyList<ActivityFacts> Activities => activities;

    public IReadOnlyList<FeePaymentFacts> Payments => payments;

    public ComplianceResult EvaluateOn(string asOf) => Engine(Policy).Evaluate(Credential, activities, payments, Dates.D(asOf));
}
