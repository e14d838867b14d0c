using CmaRenewal.Web.Hosting;

// The composition root: the container's health probe, or the modules (CmaModules.cs) then either one admin verb or the web app.
try
{
    var builder = WebApplication.CreateBuilder(args);
    if (HealthProbe.IsRequested(args)) return await HealthProbe.RunAsync(args, builder.Configuration, Console.Out);
    builder.AddCmaModules(args);

    var app = builder.Build();
    if (AdminCommand.Parse(args) is { } command)
        return await command.RunAsync(app.Services, Console.Out, app.Lifetime.ApplicationStopping);

    await app.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
    app.MapCmaModules();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.IsExplained(ex))
{
    return await StartupFailure.ReportAsync(ex, Console.Error);
}
