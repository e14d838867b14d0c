using CmaRenewal.Benchmarks;

// Usage: dotnet run -c Release --project tests/CmaRenewal.Benchmarks -- [memory|clinic|grid|org|person|plan|send|export|auditpack|import|seed|rebuild-totals|growth|circuits|all] [--db PATH] [--size N]
// "all" runs each scenario in its own process, so each peak-memory figure is that scenario's alone.
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var db = BenchSettings.DatabasePath(args);
return scenario switch
{
    "all" => await Scenarios.RunAllAsync(db),
    "memory" => await Scenarios.InMemoryAsync(),
    "clinic" => await Scenarios.ClinicAsync(db),
    "grid" => await StaffGridScenario.RunAsync(db),
    "org" => await Scenarios.OrganizationAsync(db),
    "person" => await PersonScenario.RunAsync(db),
    "plan" => await PlanScenario.RunAsync(db),
    "send" => await SendScenario.RunAsync(db),
    "export" => await ExportScenario.RunAsync(db),
    "auditpack" => await AuditPackScenario.RunAsync(db),
    "import" => await ImportScenario.RunAsync(db),
    "seed" => await Scenarios.SeedAsync(db, BenchSettings.Size(args)),
    "growth" => await GrowthScenario.RunAsync(db, args),
    "circuits" => await CmaRenewal.Benchmarks.Circuits.CircuitsScenario.RunAsync(args),
    "rebuild-totals" => await Scenarios.RebuildTotalsAsync(db),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: CmaRenewal.Benchmarks [all|memory|clinic|grid|org|person|plan|send|export|auditpack|import|seed|rebuild-totals|growth|circuits] [--db PATH] [--size small|large|CREDENTIALS]");
    return 2;
}
