using CmaRenewal.Application.Imports;
using CmaRenewal.Application.Localization;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>
/// An import in the importing person's language: slashed dates in their order (6/12/2026 is 6 December in Spanish,
/// 12/6/2026 in English; ISO in both), problems and the summary in their words, the CSV's columns unchanged.
/// </summary>
public sealed class ImportLanguageTests : IAsyncLifetime
{
    private ImportWorld world = null!;

    public async ValueTask InitializeAsync() => world = await ImportWorld.CreateAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    public static TheoryData<string, string, DateOnly> Dates => new()
    {
        { "es", "6/12/2025", new DateOnly(2025, 12, 6) },
        { "es", "06/12/2025", new DateOnly(2025, 12, 6) },
        { "es", "13/3/2025", new DateOnly(2025, 3, 13) },
        { "es", "2025-12-06", new DateOnly(2025, 12, 6) },
        { "en", "12/6/2025", new DateOnly(2025, 12, 6) },
        { "en", "3/13/2025", new DateOnly(2025, 3, 13) },
        { "en", "2025-12-06", new DateOnly(2025, 12, 6) },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task ASlashedDate_IsReadInTheImportersOrder(string language, string cell, DateOnly expected)
    {
        var report = await DryRunAsync(language, cell);

        Assert.Empty(report.Problems);
        Assert.Contains($"{expected:yyyy-MM-dd}", Assert.Single(report.Preview).What, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> DateProblems => new()
    {
        { "es", "3/13/2025", "no existe el mes 13: en español el día va primero, como 12/3/2026" },
        { "en", "13/3/2025", "there is no month 13: US dates put the month first, like 3/12/2026" },
        { "es", "31/2/2025", "no existe ese día: revise el mes y el día" },
        { "en", "2/31/2025", "no such day: check the month and the day" },
        { "es", "6/12/25", "un año de dos dígitos puede ser 19xx o 20xx: escriba el año completo, como 12/3/2026" },
        { "es", "06-12-2025", "puede ser día-mes o mes-día: escriba 12/3/2026 (el día primero) o 2026-03-12" },
        { "en", "06.12.2025", "could be day-month or month-day: write 3/12/2026 (month first) or 2026-03-12" },
        { "es", "6 dic 2025", "no es una fecha como 2026-03-12 o 12/3/2026" },
        { "es", "", "obligatorio: una fecha como 2026-03-12 o 12/3/2026" },
        { "en", "", "required: a date like 2026-03-12 or 3/12/2026" },
    };

    [Theory]
    [MemberData(nameof(DateProblems))]
    public async Task AnAmbiguousOrInvalidDate_IsRefusedInTheImportersWords(string language, string cell, string reason)
    {
        var report = await DryRunAsync(language, cell);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("completed_on", cell, reason), (problem.Column, problem.Value, problem.Reason));
    }

    [Fact]
    public async Task RowProblems_AndTheSummary_ReadSpanish()
    {
        var report = await world.RunAsync(ImportKind.Activities, ImportWorld.Csv(ImportWorld.ActivitiesHeader,
            "nobody@example.org,2025-01-10,T,P,1,aama-ceu,,yes,",
            "ana.lopez@example.org,2025-01-10,T,P,two,aama-ceu,,maybe,"), dryRun: true, language: "es");

        Assert.Equal(
            [("email", "ninguna persona tiene este correo electrónico (importe primero a las personas)"),
             ("amount", "no es un número como 1.5"),
             ("approved", "yes o no: si el organismo de la credencial aprueba al proveedor")],
            report.Problems.Select(p => (p.Column!, p.Reason)));
        using (AppCulture.Use("es"))
            Assert.Equal("actividades: 2 filas; se crearían 0, se actualizarían 0, quedarían 0 sin cambios, se omitirían 2 (prueba: no se escribió nada; 3 problemas).",
                report.Summary);
        Assert.Equal("activities: 2 rows, would create 0, would update 0, would leave 0 unchanged, would skip 2 (dry run: nothing written; 3 problems).",
            report.Summary);
    }

    [Fact]
    public async Task ThePreview_ReadsSpanish()
    {
        var report = await world.RunAsync(ImportKind.People, ImportWorld.Csv(ImportWorld.PeopleHeader,
            "new.person@example.org,Nora,Vega,Desert Clinic,Assistant,America/Phoenix"), dryRun: true, language: "es");

        using (AppCulture.Use("es"))
            Assert.Equal("Nora Vega, Asistente en Desert Clinic (una clínica nueva)", Assert.Single(report.Preview).What);
    }

    [Fact]
    public async Task WithoutALanguage_TheCallersCultureDecides()
    {
        using (AppCulture.Use("es"))
        {
            var report = await DryRunAsync(null, "6/12/2025");

            Assert.Contains("2025-12-06", Assert.Single(report.Preview).What, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "line 2: not UTF-8: save the file as UTF-8 (\"CSV UTF-8\" in Excel)", "line 3: has a different number of fields from the header row")]
    [InlineData("es", "line 2: no está en UTF-8: guarde el archivo como UTF-8 («CSV UTF-8» en Excel)", "line 3: tiene un número de campos distinto del de la fila de encabezado")]
    public async Task WhatTheCsvReaderCannotRead_IsSaidInTheImportersWords(string language, string notUtf8, string fieldCount)
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes(ImportWorld.Csv(ImportWorld.ActivitiesHeader,
            "ana.lopez@example.org,2026-01-11,Caf\u00e9 talk,AAMA,1,aama-ceu,clinical,yes,"));
        var shortRow = ImportWorld.Csv(ImportWorld.ActivitiesHeader,
            "ana.lopez@example.org,2026-01-10,Course,AAMA,1,aama-ceu,clinical,yes,", "ana.lopez@example.org,2026-01-11");

        var refused = await world.RunAsync(ImportKind.Activities, latin1, dryRun: true, language: language);
        var skipped = await world.RunAsync(ImportKind.Activities, shortRow, dryRun: true, language: language);

        Assert.Equal(notUtf8, Assert.Single(refused.Problems).ToString());
        Assert.Equal(fieldCount, Assert.Single(skipped.Problems).ToString());
    }

    // One activity row whose completed_on is the cell, checked (not written) in the language.
    private Task<ImportReport> DryRunAsync(string? language, string cell) => world.RunAsync(ImportKind.Activities,
        ImportWorld.Csv(ImportWorld.ActivitiesHeader, $"ana.lopez@example.org,{cell},Course,AAMA,1,aama-ceu,clinical,yes,CMA-AAMA"),
        dryRun: true, language: language);
}
