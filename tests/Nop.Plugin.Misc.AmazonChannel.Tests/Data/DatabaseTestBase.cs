namespace Nop.Plugin.Misc.AmazonChannel.Tests.Data;

/// <summary>A fresh, migrated test database per test.</summary>
public abstract class DatabaseTestBase
{
    protected TestDatabase Database { get; private set; } = null!;

    [SetUp]
    public void CreateDatabase() => Database = new TestDatabase();

    [TearDown]
    public void DisposeDatabase() => Database.Dispose();
}
