namespace CmaRenewal.Core.Fees;

/// <summary>
/// A fee payment. <paramref name="PaidThrough"/> is the day the payment covers up to: a fee due on a date D is paid
/// when some payment's PaidThrough is after D, so "paid through 2027-03-31" makes the next fee due 2027-03-31.
/// </summary>
public sealed record FeePaymentFacts(DateOnly PaidOn, DateOnly PaidThrough, decimal Amount);
