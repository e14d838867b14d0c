using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Infrastructure.Pdf;

/// <summary>
/// The app's glossaries the transcript borrows, in the current UI language: the status words and CE unit names live in
/// Application (ComplianceWording, UnitWording), which hands them in, so the transcript says what the pages say.
/// </summary>
/// <param name="Status">"On track", "En camino".</param>
/// <param name="Unit">A unit after an amount: ("aama-ceu", 2) reads "AAMA CEU", "CEU de AAMA".</param>
public sealed record TranscriptGlossary(Func<CredentialStatus, string> Status, Func<string, decimal, string> Unit);
