namespace CmaRenewal.TestKit.Persistence;

public static class TestDatabaseExtensions
{
    /// <summary>Saves entities in a context of their own, so what a test reads next comes from the file.</summary>
    public static async Task<T> SaveAsync<T>(this TestDatabase database, T entity, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext();
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity;
    }
}
