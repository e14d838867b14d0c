namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// One app on default settings with the small demo seeded on the real clock, shared by every test class in
/// <see cref="Collection"/>: those tests only read the demo, or sign in, so they need not each pay for a migrate, a
/// seed and fourteen password hashes. A test that changes demo data others read, counts rows, locks an account,
/// pins the clock or needs other settings makes its own <see cref="AppFactory"/> instead.
/// </summary>
public sealed class SharedApp : IAsyncDisposable
{
    public const string Collection = "Shared demo app (read-only)";

    public AppFactory App { get; } = new();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

[CollectionDefinition(SharedApp.Collection)]
public sealed class SharedAppDefinition : ICollectionFixture<SharedApp>;
