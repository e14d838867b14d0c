namespace CmaRenewal.Core.ContinuingEducation;

/// <summary>Whether a manager has checked an activity against its certificate.</summary>
public enum VerificationStatus
{
    Unverified,
    Verified,
    Rejected,
}
