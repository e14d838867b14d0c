using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Auditing;

namespace CmaRenewal.UnitTests.Application.Administration;

/// <summary>Audit entries read as history: rows and ids named, amounts and instants formatted, one change per line, no JSON.</summary>
public sealed class AuditFormatterTests
{
    private static readonly DateTime At = new(2026, 11, 27, 14, 5, 0, DateTimeKind.Utc);

    private static readonly AuditNames Names = new(
        new Dictionary<long, string> { [7] = "Maria Lopez" },
        new Dictionary<long, string> { [2] = "Riverside Family Practice", [3] = "Mesa Urgent Care" },
        new Dictionary<long, string> { [11] = "CMA-AAMA of Maria Lopez" },
        new Dictionary<string, string> { ["ada.admin@demo.test"] = "Ada Admin" });

    private static AuditLine Format(string type, AuditAction action, string? before, string? after, string id = "5") =>
        AuditFormatter.Line(new AuditEntry(At, "ada.admin@demo.test", type, id, action, before, after), Names);

    [Fact]
    public void AChangedPerson_IsNamed_AndEachChangedFieldIsOneLineBeforeToAfter()
    {
        var line = Format("Person", AuditAction.Modified,
            """{"Id":7,"ClinicId":2,"FirstName":"Maria","LastName":"Lopez","IsActive":true,"TimeZone":null}""",
            """{"Id":7,"ClinicId":3,"FirstName":"Maria","LastName":"Lopez","IsActive":false,"TimeZone":"America/New_York"}""", "7");

        Assert.Equal("Changed person Maria Lopez", line.What);
        Assert.Equal(
            ["Active: yes → no", "Clinic: Riverside Family Practice → Mesa Urgent Care", "Time zone: Eastern Time (New York)"],
            line.Changes.Select(c => c.Text).Order(StringComparer.Ordinal));
        Assert.Equal("Ada Admin", line.ActorName);
    }

    [Fact]
    public void AnAddedActivity_ShowsItsAmountInUnits_AndItsOwnerByName_WithoutIdsOrTokens()
    {
        var line = Format("CeActivity", AuditAction.Added, null,
            """{"Id":5,"PersonId":7,"Title":"BLS refresher","AmountHundredths":150,"Unit":"AAMA CEU","IsApprovedProvider":true,"Version":"0b9f2a8e-4f1c-4c59-9a3e-5c1d2b7e8f90","CreatedAtUtc":"2026-11-27T14:05:00Z","Certificate":{"FileName":"bls.pdf","ContentType":"application/pdf","SizeBytes":1200,"Sha256":"ab","StorageKey":"k/1"}}""");

        Assert.Equal("Added CE activity 'BLS refresher' of Maria Lopez", line.What);
        var texts = line.Changes.Select(c => c.Text).ToList();
        Assert.Contains("Amount: 1.5", texts);
        Assert.Contains("Person: Maria Lopez", texts);
        Assert.Contains("Approved provider: yes", texts);
        Assert.Contains("Certificate: bls.pdf", texts);
        Assert.Contains("Created: 2026-11-27 14:05 UTC", texts);
        Assert.DoesNotContain(texts, t => t.Contains("0b9f2a8e", StringComparison.Ordinal) || t.Contains("StorageKey", StringComparison.Ordinal)
                                          || t.StartsWith("Id:", StringComparison.Ordinal) || t.Contains("Sha", StringComparison.Ordinal));
    }

    [Fact]
    public void AFeePayment_IsMoney_AndNamesItsCredential()
    {
        var line = Format("FeePayment", AuditAction.Modified,
            """{"Id":5,"CredentialId":11,"AmountCents":6500,"Currency":"USD","PaidOn":"2026-01-05"}""",
            """{"Id":5,"CredentialId":11,"AmountCents":12500,"Currency":"USD","PaidOn":"2026-01-05"}""");

        Assert.Equal("Changed fee payment for CMA-AAMA of Maria Lopez", line.What);
        Assert.Equal("Amount: $65.00 → $125.00", Assert.Single(line.Changes).Text);
    }

    [Fact]
    public void ARuleOverride_SumsUpItsRuleTextInsteadOfShowingTheJson()
    {
        var json = """{\"ceTotal\":60,\"categories\":[]}""";
        var line = Format("RulePackOverride", AuditAction.Added, null,
            $$"""{"Id":1,"PackCode":"CMA-AAMA","Version":3,"VersionJson":"{{json}}","Reason":"New CE total"}""");

        Assert.Equal("Added rule override CMA-AAMA version 3", line.What);
        Assert.Contains("Version: 3", line.Changes.Select(c => c.Text));
        Assert.Contains("Rule text: text of 30 characters", line.Changes.Select(c => c.Text));
        Assert.DoesNotContain(line.Changes, c => c.Text.Contains('{', StringComparison.Ordinal));
    }

    [Fact]
    public void ADeletedRow_SaysWhatWasRemoved_AndAMissingNameFallsBackToTheId()
    {
        var line = Format("Credential", AuditAction.Deleted,
            """{"Id":5,"PersonId":99,"PackCode":"BLS-AHA","CertifiedOn":"2025-03-01"}""", null);

        Assert.Equal("Deleted credential BLS-AHA of person #99", line.What);
        Assert.Contains("Certified on: 2025-03-01 (removed)", line.Changes.Select(c => c.Text));
    }

    [Fact]
    public void NestedPreferences_AreFieldsOfTheirOwn()
    {
        var line = Format("Person", AuditAction.Modified,
            """{"Id":7,"FirstName":"Maria","LastName":"Lopez","EmailPreferences":{"Reminders":true,"SnoozedUntil":null}}""",
            """{"Id":7,"FirstName":"Maria","LastName":"Lopez","EmailPreferences":{"Reminders":false,"SnoozedUntil":"2026-12-31"}}""", "7");

        Assert.Equal(["Email preferences: reminders: yes → no", "Email preferences: snoozed until: 2026-12-31"],
            line.Changes.Select(c => c.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnUnknownActor_IsShownAsStored()
    {
        var line = AuditFormatter.Line(new AuditEntry(At, "system", "Clinic", "2", AuditAction.Modified,
            """{"Id":2,"Name":"Riverside"}""", """{"Id":2,"Name":"Riverside Family Practice"}"""), Names);

        Assert.Null(line.ActorName);
        Assert.Equal("Changed clinic Riverside Family Practice", line.What);
        Assert.Equal("Name: Riverside → Riverside Family Practice", Assert.Single(line.Changes).Text);
    }

    public static TheoryData<string, string, string[]> AuditLines => new()
    {
        { "en", "Changed person Maria Lopez", ["Active: yes → no", "Clinic: Riverside Family Practice → Mesa Urgent Care"] },
        { "es", "Se cambió la persona Maria Lopez", ["Activa: sí → no", "Clínica: Riverside Family Practice → Mesa Urgent Care"] },
    };

    [Theory]
    [MemberData(nameof(AuditLines))]
    public void AnAuditLine_ReadsInTheReadersLanguage(string language, string what, string[] changes)
    {
        using (AppCulture.Use(language))
        {
            var line = Format("Person", AuditAction.Modified,
                """{"Id":7,"ClinicId":2,"FirstName":"Maria","LastName":"Lopez","IsActive":true}""",
                """{"Id":7,"ClinicId":3,"FirstName":"Maria","LastName":"Lopez","IsActive":false}""", "7");

            Assert.Equal(what, line.What);
            Assert.Equal(changes, line.Changes.Select(c => c.Text).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("en", "Deleted credential BLS-AHA of person #99", "Certified on: 2025-03-01 (removed)", "Rule text: text of 13 characters")]
    [InlineData("es", "Se eliminó la credencial BLS-AHA de persona n.º 99", "Certificada el: 2025-03-01 (eliminado)", "Texto de la regla: texto de 13 caracteres")]
    public void ADeletedRow_AndItsRemovedFields_ReadInTheReadersLanguage(string language, string what, string removed, string blob)
    {
        using (AppCulture.Use(language))
        {
            var line = Format("Credential", AuditAction.Deleted,
                """{"Id":5,"PersonId":99,"PackCode":"BLS-AHA","CertifiedOn":"2025-03-01","VersionJson":"{\"a\":[1,2,3]}"}""", null);

            Assert.Equal(what, line.What);
            Assert.Contains(removed, line.Changes.Select(c => c.Text));
            Assert.Contains(blob + " " + AuditFormatter.Removed, line.Changes.Select(c => c.Text));
        }
    }
}
