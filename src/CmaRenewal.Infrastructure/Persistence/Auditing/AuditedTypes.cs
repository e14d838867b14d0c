using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;

namespace CmaRenewal.Infrastructure.Persistence.Auditing;

/// <summary>
/// The rows whose every change lands in the audit trail. Child rows (splits, credential links) show up through
/// their activity, whose version changes with them.
/// </summary>
internal static class AuditedTypes
{
    private static readonly HashSet<Type> Types =
        [typeof(Clinic), typeof(Person), typeof(ClinicManager), typeof(Credential), typeof(Renewal), typeof(CeActivity), typeof(FeePayment), typeof(RulePackOverride),
            typeof(CustomCredentialType), typeof(CredentialRequirement)];

    public static bool Contains(Type type) => Types.Contains(type);
}
